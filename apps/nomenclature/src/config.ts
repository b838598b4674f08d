import { ServiceConfig } from '@selaras/service-kit';

export class NomenclatureConfig extends ServiceConfig {}

export const NOMENCLATURE_DEFAULTS = { PORT: 3002 };
export const NOMENCLATURE_SCHEMA = 'nomenclature';
