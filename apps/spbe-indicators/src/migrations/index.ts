import { InitSpbe1764000000000 } from './1764000000000-init-spbe';
import { OutboxPayloadAsText1766000000000 } from './1766000000000-outbox-payload-as-text';

/** In order; never edit a migration after it has been merged. */
export const SPBE_MIGRATIONS = [InitSpbe1764000000000, OutboxPayloadAsText1766000000000];
