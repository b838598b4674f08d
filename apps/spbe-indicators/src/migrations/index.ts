import { outboxPayloadAsTextMigration } from '@selaras/persistence';
import { InitSpbe1764000000000 } from './1764000000000-init-spbe';
import { TargetFramework1766420000000 } from './1766420000000-target-framework';

/** In order; never edit a migration after it has been merged. */
export const SPBE_MIGRATIONS = [InitSpbe1764000000000, outboxPayloadAsTextMigration('spbe'), TargetFramework1766420000000];
