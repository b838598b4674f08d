import { InitProposals1763900000000 } from './1763900000000-init-proposals';

/** In order; never edit a migration after it has been merged. */
export const PROPOSALS_MIGRATIONS = [InitProposals1763900000000];
