import { randomUUID } from 'node:crypto';
import { ForumDecision, PROPOSAL_EVENT_TYPES, ProposalEventType, ProposalStateV1 } from '@selaras/contracts';
import type { UsulanChange } from '@selaras/regency-sdk';
import { Random } from '../../simulation/random';

/** One canonical event as proposals publishes it: the type and the full state after the change. */
export interface LifecycleStep {
  type: ProposalEventType;
  state: ProposalStateV1;
}

const DECISIONS = [
  { until: 0.6, type: PROPOSAL_EVENT_TYPES.agreed, status: 'agreed', outcome: 'agreed_as_proposed' },
  { until: 0.75, type: PROPOSAL_EVENT_TYPES.rejected, status: 'rejected', outcome: 'rejected' },
  { until: 0.9, type: PROPOSAL_EVENT_TYPES.deferred, status: 'deferred', outcome: 'deferred' },
  { until: 1, type: PROPOSAL_EVENT_TYPES.withdrawn, status: 'withdrawn', outcome: null },
] as const;

/**
 * The four events an usulan typically goes through in proposals: drafted, revised (pagu and
 * target adjusted), submitted, then a Forum PD decision (or a withdrawal). Each carries the full
 * state, as proposals publishes it, so a replay does the work it does in production.
 */
export function lifecycleOf(region: string, change: UsulanChange, random: Random, at: Date): LifecycleStep[] {
  const id = randomUUID();
  const created = at.toISOString();
  const actor = `operator@${region}`;
  const base: ProposalStateV1 = {
    id, region, opd: change.opd, year: change.year, stage: change.stage, subKegiatan: change.subKegiatan,
    target: change.target, paguIndikatif: change.paguIndikatif, locations: change.locations ?? [region], source: change.source,
    spbeIndicators: change.spbeIndicators ?? [], ...(change.justification ? { justification: change.justification } : {}),
    status: 'draft', revision: 1, externalId: change.externalId, updatedBy: actor, createdAt: created, updatedAt: created,
  } as ProposalStateV1;
  const revisedPagu = Math.max(1_000_000, Math.round((change.paguIndikatif * (0.8 + random.next() * 0.4)) / 1_000_000) * 1_000_000);
  const revised: ProposalStateV1 = { ...base, revision: 2, paguIndikatif: revisedPagu };
  const submitted: ProposalStateV1 = { ...revised, revision: 3, status: 'submitted' };
  const roll = random.next();
  const decision = DECISIONS.find((d) => roll < d.until)!;
  const decided: ProposalStateV1 = {
    ...submitted,
    revision: 4,
    status: decision.status,
    ...(decision.outcome ? { decision: forumDecision(region, decision.outcome, created), updatedBy: `bappeda@${region}` } : {}),
  };
  return [
    { type: PROPOSAL_EVENT_TYPES.drafted, state: base },
    { type: PROPOSAL_EVENT_TYPES.revised, state: revised },
    { type: PROPOSAL_EVENT_TYPES.submitted, state: submitted },
    { type: decision.type, state: decided },
  ];
}

function forumDecision(region: string, outcome: ForumDecision['outcome'], at: string): ForumDecision {
  return {
    outcome,
    beritaAcara: `BA/FPD/${region}/2026/017`,
    ...(outcome === 'agreed_as_proposed' ? {} : { reason: outcome === 'rejected' ? 'Tidak sesuai prioritas daerah' : 'Menunggu kepastian pagu' }),
    decidedBy: `bappeda@${region}`,
    decidedAt: at,
  };
}
