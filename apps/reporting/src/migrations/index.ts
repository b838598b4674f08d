import { InitReporting1763900000000 } from './1763900000000-init-reporting';
import { ReadModelGenerations1764000000000 } from './1764000000000-read-model-generations';

/** In order; never edit a migration after it has been merged. */
export const REPORTING_MIGRATIONS = [InitReporting1763900000000, ReadModelGenerations1764000000000];
