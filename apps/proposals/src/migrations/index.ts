import { InitProposals1763900000000 } from './1763900000000-init-proposals';
import { PrioritiesAndInbound1763900001000 } from './1763900001000-priorities-and-inbound';
import { OutboxPayloadAsText1766000000000 } from './1766000000000-outbox-payload-as-text';

/** In order; never edit a migration after it has been merged. */
export const PROPOSALS_MIGRATIONS = [InitProposals1763900000000, PrioritiesAndInbound1763900001000, OutboxPayloadAsText1766000000000];
