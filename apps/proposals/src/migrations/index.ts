import { outboxPayloadAsTextMigration } from '@selaras/persistence';
import { InitProposals1763900000000 } from './1763900000000-init-proposals';
import { PrioritiesAndInbound1763900001000 } from './1763900001000-priorities-and-inbound';
import { RegencyKeyApproval1766610000000 } from './1766610000000-regency-key-approval';

/** In order; never edit a migration after it has been merged. */
export const PROPOSALS_MIGRATIONS = [InitProposals1763900000000, PrioritiesAndInbound1763900001000, outboxPayloadAsTextMigration('proposals'), RegencyKeyApproval1766610000000];
