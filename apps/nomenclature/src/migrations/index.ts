import { outboxPayloadAsTextMigration } from '@selaras/persistence';
import { InitNomenclature1763950000000 } from './1763950000000-init-nomenclature';

/** In order; never edit a migration after it has been merged. */
export const NOMENCLATURE_MIGRATIONS = [InitNomenclature1763950000000, outboxPayloadAsTextMigration('nomenclature')];
