import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsRegionCode, OVERLAP_VERDICTS, OverlapVerdict } from '@selaras/contracts';

export class ReviewOverlapDto {
  /** The province's usulan of the overlap. */
  @IsUUID() provinceProposalId!: string;
  /** The kab/kota's usulan of the overlap. */
  @IsUUID() kabKotaProposalId!: string;
  @IsIn(OVERLAP_VERDICTS, { message: `verdict must be one of ${OVERLAP_VERDICTS.join(', ')}` }) verdict!: OverlapVerdict;
  /** Why; required for `sinergi` (how the two co-fund the same thing). */
  @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class ListOverlapReviewsQuery {
  /** Reviews of this province (coordinator) or of this kab/kota (its own). Defaults to the caller's region. */
  @IsOptional() @IsRegionCode() region?: string;
  /** Only reviews that name this usulan (on either side). */
  @IsOptional() @IsUUID() proposal?: string;
  @IsOptional() @Type(() => Number) @IsInt() year?: number;
  /** `open`: what a kab/kota should act on (a `duplikasi` still holding). */
  @IsOptional() @IsIn(['reviewed', 'reopened']) status?: 'reviewed' | 'reopened';
  @IsOptional() @IsIn(OVERLAP_VERDICTS) verdict?: OverlapVerdict;
}
