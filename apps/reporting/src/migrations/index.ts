import { InitReporting1763900000000 } from './1763900000000-init-reporting';

/** In order; never edit a migration after it has been merged. */
export const REPORTING_MIGRATIONS = [InitReporting1763900000000];
