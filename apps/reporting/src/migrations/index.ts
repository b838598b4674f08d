import { outboxPayloadAsTextMigration, ownerSignatureStartMigration } from '@selaras/persistence';
import { InitReporting1763900000000 } from './1763900000000-init-reporting';
import { ReadModelGenerations1764000000000 } from './1764000000000-read-model-generations';
import { ChangeLogHorizon1765000000000 } from './1765000000000-change-log-horizon';

/** In order; never edit a migration after it has been merged. */
export const REPORTING_MIGRATIONS = [InitReporting1763900000000, ReadModelGenerations1764000000000, ChangeLogHorizon1765000000000, outboxPayloadAsTextMigration('reporting'), ownerSignatureStartMigration('reporting')];
