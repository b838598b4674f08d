export const PLANNING_STAGES = ['rancangan_awal', 'rancangan', 'rancangan_akhir', 'penetapan'] as const;
export type PlanningStage = (typeof PLANNING_STAGES)[number];

export const PROPOSAL_SOURCES = ['musrenbang', 'pokir', 'renstra', 'forum_pd', 'aspirasi'] as const;
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];

export const PROPOSAL_STATUSES = ['draft', 'submitted', 'agreed', 'rejected', 'deferred', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** How the Forum Perangkat Daerah decided; a record, not a flag flip (DESIGN §2). */
export const FORUM_OUTCOMES = ['agreed_as_proposed', 'agreed_with_changes', 'merged', 'rejected', 'deferred'] as const;
export type ForumOutcome = (typeof FORUM_OUTCOMES)[number];
