import type { OverlapVerdict, PlanningStage, ProposalStatus } from '@selaras/contracts';
import type { PairBasis } from '@selaras/domain-nomenclature';
import type { IntegrationHealthReport } from '../integration-health/integration-health';
import type { SpbeFrameworkLabel } from './spbe-framework';

/** The synchronisation report of a province and year (DESIGN §6), as served and exported. */

export interface SyncReport {
  province: { code: string; name: string };
  year: number;
  stage: PlanningStage | null;
  generatedAt: string;
  catalog: { activeVersion: string | null; entries: number };
  /** The SPBE framework in force for the year, whose index every row shows (Indeks Pemdi from 2026). */
  spbeFramework: SpbeFrameworkLabel | null;
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
  /** From the active catalog; null when the code is not in it. */
  subKegiatanName: string | null;
  paguIndikatif: number;
  status: ProposalStatus;
  opd: string;
}

export interface Overlap {
  /** `<province usulan id>~<kab/kota usulan id>`. */
  id: string;
  region: string;
  /** Why the two sub kegiatan fund the same thing (`pairSubKegiatan`). */
  basis: PairBasis;
  /** Where the two usulan meet (`sharedLocations`), the more precise place of each meeting. */
  locations: string[];
  provinceProposal: ProposalRef;
  kabKotaProposal: ProposalRef;
  /** The coordinator's review, null before any. A `reopened` one is shown with why. */
  review: OverlapReviewRef | null;
  /** True until reviewed, and again once reopened (either usulan changed sub kegiatan, locations or pagu). */
  open: boolean;
}

export interface OverlapReviewRef {
  verdict: OverlapVerdict;
  note: string | null;
  status: 'reviewed' | 'reopened';
  reviewedBy: string;
  reviewedAt: string;
  reopenedAt: string | null;
  reopenReason: string | null;
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
  /**
   * The index shown: the framework in force for the report year (Indeks SPBE to 2025, Indeks
   * Pemdi from 2026). Assessments under another framework are another series and not shown here.
   */
  framework: SpbeFrameworkLabel | null;
  year: number | null;
  kind: 'self' | 'final' | null;
  index: number | null;
  indexText: string | null;
  predikat: string | null;
  target: number | null;
  /** `target − index`, two decimals; positive while the target is not reached. */
  gap: number | null;
  /**
   * Set when the report year's target is on another framework than the one in force (a 2026+
   * target on Indeks SPBE): the framework a target is needed on. That target is not `target`.
   */
  needsTargetUnder: { id: string; name: string } | null;
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
  /** Overlaps nobody reviewed yet, or whose review reopened. */
  overlapsOpen: number;
  /** Overlaps whose review holds. */
  overlapsReviewed: number;
  invalidCodes: number;
  /** Mean alignment of the kab/kota that have priorities to align with; null without priorities. */
  alignmentPercent: number | null;
}
