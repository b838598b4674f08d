import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsLocationCode, IsPlanningYear, IsRegionCode, IsRupiah, IsSubKegiatanCode } from '../validation/decorators';

/**
 * What the province coordinator decided about an overlap (issue 26):
 * `sinergi` — co-funding on purpose (a note says how); `duplikasi` — one side should revise (the
 * kab/kota sees it on its usulan); `bukan_tumpang_tindih` — not the same thing after all.
 */
export const OVERLAP_VERDICTS = ['sinergi', 'duplikasi', 'bukan_tumpang_tindih'] as const;
export type OverlapVerdict = (typeof OVERLAP_VERDICTS)[number];

/** `reviewed` holds; `reopened` when either usulan changed its sub kegiatan, locations or pagu since. */
export const OVERLAP_REVIEW_STATUSES = ['reviewed', 'reopened'] as const;
export type OverlapReviewStatus = (typeof OVERLAP_REVIEW_STATUSES)[number];

/** One usulan of a reviewed overlap as it was when reviewed: what reopens the review when it changes. */
export class OverlapSideV1 {
  @IsUUID() proposalId!: string;
  @IsRegionCode() region!: string;
  @IsSubKegiatanCode() subKegiatan!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @IsLocationCode({ each: true }) locations!: string[];
  @IsRupiah() paguIndikatif!: number;
}

/**
 * A coordinator's review of one overlap, full state in every event (`proposals.overlap-reviews`,
 * key: the overlap id). The overlap is the pair of usulan: its id is
 * `<province usulan id>~<kab/kota usulan id>`, as reporting names it.
 */
export class OverlapReviewStateV1 {
  @IsString() @Matches(/^[0-9a-f-]{36}~[0-9a-f-]{36}$/) id!: string;
  /** Kode wilayah of the province. */
  @IsRegionCode() province!: string;
  /** The kab/kota whose usulan overlaps the province's. */
  @IsRegionCode() region!: string;
  @IsPlanningYear() year!: number;
  @ValidateNested() @Type(() => OverlapSideV1) provinceSide!: OverlapSideV1;
  @ValidateNested() @Type(() => OverlapSideV1) kabKotaSide!: OverlapSideV1;
  @IsIn(OVERLAP_VERDICTS) verdict!: OverlapVerdict;
  /** Why; required for `sinergi`. */
  @IsOptional() @IsString() @MaxLength(4000) note?: string;
  @IsIn(OVERLAP_REVIEW_STATUSES) status!: OverlapReviewStatus;
  @IsString() @IsNotEmpty() @MaxLength(200) reviewedBy!: string;
  @IsDateString() reviewedAt!: string;
  @IsOptional() @IsDateString() reopenedAt?: string;
  /** What changed, e.g. `pagu of usulan … 200000000 → 250000000`. */
  @IsOptional() @IsString() @MaxLength(2000) reopenReason?: string;
  @IsInt() @Min(1) revision!: number;
  @IsDateString() updatedAt!: string;
}

export const OVERLAP_REVIEW_EVENT_TYPES = {
  recorded: 'proposals.overlap-review.recorded.v1',
  reopened: 'proposals.overlap-review.reopened.v1',
} as const;
export type OverlapReviewEventType = (typeof OVERLAP_REVIEW_EVENT_TYPES)[keyof typeof OVERLAP_REVIEW_EVENT_TYPES];
