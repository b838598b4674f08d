import type { PlanningStage, ProposalStatus } from '@selaras/contracts';
import type { IntegrationHealthReport } from '../integration-health/integration-health';

/** The synchronisation report of a province and year (DESIGN §6), as served and exported. */

export interface SyncReport {
  province: { code: string; name: string };
  year: number;
  stage: PlanningStage | null;
  generatedAt: string;
  catalog: { activeVersion: string | null; entries: number };
  priorities: PrioritySupport[];
  totals: SyncTotals;
  /** The province itself first, then every kab/kota of it (also those without data yet). */
  regions: RegionSync[];
  /** Per region: last event per channel, events and refusals in 24 h, keys, verdict (issue 28). */
  integration?: IntegrationHealthReport;
}

export interface PriorityRef {
  id: string;
  code: string;
  title: string;
}

export interface PrioritySupport extends PriorityRef {
  kind: 'program' | 'kegiatan';
  /** The key usulan are matched on: the program code, or the kegiatan without its level digit. */
  matchKey: string;
  /** Kab/kota with at least one active usulan of that program or kegiatan meaning. */
  supportedBy: string[];
}

export interface ProposalCounts {
  total: number;
  byStatus: Record<ProposalStatus, number>;
  byStage: Record<PlanningStage, number>;
  /** The furthest planning stage any active usulan has reached. */
  stageReached: PlanningStage | null;
}

export interface PaguLine {
  code: string;
  name: string | null;
  pagu: number;
  count: number;
}

/** Pagu of active usulan (not withdrawn, not rejected), whole rupiah. */
export interface PaguSummary {
  total: number;
  byBidang: PaguLine[];
  byProgram: PaguLine[];
}

export interface Alignment {
  priorities: number;
  supported: number;
  /** Supported share of the active priorities, one decimal; null without priorities. */
  percent: number | null;
  supportedPriorities: PriorityRef[];
}

export interface ProposalRef {
  id: string;
  region: string;
  subKegiatan: string;
  paguIndikatif: number;
  status: ProposalStatus;
  opd: string;
}

export interface Overlap {
  kegiatanKey: string;
  region: string;
  /** Locations of the provincial usulan inside the kab/kota. */
  locations: string[];
  provinceProposal: ProposalRef;
  kabKotaProposal: ProposalRef;
}

export type CodeProblem = 'retired' | 'unknown' | 'wrong_level';

export interface InvalidCode {
  proposalId: string;
  subKegiatan: string;
  status: ProposalStatus;
  paguIndikatif: number;
  problem: CodeProblem;
  successor: string | null;
  reason: string;
}

export interface WeakIndicatorStatus {
  no: number;
  name: string;
  level: number;
  weight: number;
  /** Some active usulan of the region lists this indicator in `spbeIndicators`. */
  addressed: boolean;
}

export interface SpbeSummary {
  year: number | null;
  kind: 'self' | 'final' | null;
  index: number | null;
  indexText: string | null;
  predikat: string | null;
  target: number | null;
  /** `target − index`, two decimals; positive while the target is not reached. */
  gap: number | null;
  weakest: WeakIndicatorStatus[];
}

export interface RegionSync {
  region: string;
  name: string;
  kind: 'provinsi' | 'kabupaten' | 'kota';
  proposals: ProposalCounts;
  pagu: PaguSummary;
  alignment: Alignment;
  gaps: PriorityRef[];
  overlaps: Overlap[];
  invalidCodes: InvalidCode[];
  spbe: SpbeSummary | null;
}

export interface SyncTotals {
  proposals: ProposalCounts;
  pagu: PaguSummary;
  overlaps: number;
  invalidCodes: number;
  /** Mean alignment of the kab/kota that have priorities to align with; null without priorities. */
  alignmentPercent: number | null;
}
