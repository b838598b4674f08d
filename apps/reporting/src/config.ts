import { ServiceConfig } from '@selaras/service-kit';

export class ReportingConfig extends ServiceConfig {}

export const REPORTING_DEFAULTS = { PORT: 3004 };
export const REPORTING_SCHEMA = 'reporting';
