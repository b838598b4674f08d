import type { OverlapReviewStateV1, PlanningStage, ProposalStatus, SpbeWeakIndicator } from '@selaras/contracts';
import type { PairIndex } from './pair-index';

/**
 * What the read models say about one province and year, already grouped by SQL. The rules of
 * DESIGN §6 (alignment, gaps, overlaps, invalid codes, SPBE) are applied to these facts by pure
 * functions, so they are tested without a database.
 */
export interface RegionRef {
  code: string;
  name: string;
  kind: 'provinsi' | 'kabupaten' | 'kota';
}

export interface StatusStageCount {
  region: string;
  status: ProposalStatus;
  stage: PlanningStage;
  count: number;
  pagu: number;
}

/** Pagu of active usulan grouped by bidang or program. */
export interface PaguGroup {
  region: string;
  code: string;
  name: string | null;
  pagu: number;
  count: number;
}

/** A program and kegiatan meaning a region's active usulan cover. */
export interface SupportKey {
  region: string;
  programKey: string | null;
  kegiatanKey: string | null;
}

export interface PriorityFact {
  id: string;
  code: string;
  title: string;
}

export interface ProposalFact {
  id: string;
  region: string;
  subKegiatan: string;
  subKegiatanName: string | null;
  locations: string[];
  paguIndikatif: number;
  status: ProposalStatus;
  opd: string;
}

/** An active usulan whose code is not in the active catalog at its region's level. */
export interface CodeFact {
  id: string;
  region: string;
  subKegiatan: string;
  status: ProposalStatus;
  paguIndikatif: number;
  /** Listed as retired by a version activation. */
  retired: boolean;
  /** Successor named by the activation. */
  successor: string | null;
  /** An active entry whose `replaces` names this code. */
  replacedBy: string | null;
}

export interface SpbeIndexFact {
  region: string;
  year: number;
  kind: 'self' | 'final';
  index: number;
  indexText: string;
  predikat: string;
  target: number | null;
  weakest: SpbeWeakIndicator[];
}

export interface SpbeTargetFact {
  region: string;
  year: number;
  target: number;
}

export interface SpbeFacts {
  indexes: SpbeIndexFact[];
  targets: SpbeTargetFact[];
  /** Per region, the SPBE indicators its active usulan list in `spbeIndicators`. */
  addressed: Map<string, Set<number>>;
}

export interface SyncFacts {
  province: RegionRef;
  kabKota: RegionRef[];
  year: number;
  stage: PlanningStage | null;
  catalog: { activeVersion: string | null; entries: number };
  counts: StatusStageCount[];
  paguByBidang: PaguGroup[];
  paguByProgram: PaguGroup[];
  supportKeys: SupportKey[];
  priorities: PriorityFact[];
  /** Active usulan of the province and of its kab/kota whose sub kegiatan are paired by meaning. */
  overlapCandidates: ProposalFact[];
  /** The sub kegiatan pairs of the active catalog. */
  pairs: PairIndex;
  /** Reviews of the province's overlaps for the year, by overlap id. */
  overlapReviews: ReadonlyMap<string, OverlapReviewStateV1>;
  codeFacts: CodeFact[];
  spbe: SpbeFacts;
}

/** Usulan that still count: withdrawn and rejected ones fund nothing and support nothing. */
export const INACTIVE_STATUSES: readonly ProposalStatus[] = ['withdrawn', 'rejected'];

export function isActive(status: ProposalStatus): boolean {
  return !INACTIVE_STATUSES.includes(status);
}
