import { ServiceConfig } from '@selaras/service-kit';

export class ProposalsConfig extends ServiceConfig {}

export const PROPOSALS_DEFAULTS = { PORT: 3001 };
export const PROPOSALS_SCHEMA = 'proposals';
