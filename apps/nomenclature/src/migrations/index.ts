import { InitNomenclature1763950000000 } from './1763950000000-init-nomenclature';
import { OutboxPayloadAsText1766000000000 } from './1766000000000-outbox-payload-as-text';

/** In order; never edit a migration after it has been merged. */
export const NOMENCLATURE_MIGRATIONS = [InitNomenclature1763950000000, OutboxPayloadAsText1766000000000];
