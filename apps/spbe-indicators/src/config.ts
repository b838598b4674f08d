import { ServiceConfig } from '@selaras/service-kit';

export class SpbeIndicatorsConfig extends ServiceConfig {}

export const SPBE_INDICATORS_DEFAULTS = { PORT: 3003 };
export const SPBE_SCHEMA = 'spbe';
