import { PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { FORUM_OUTCOMES, ForumOutcome, IsPlanningYear, IsRupiah, ProposalTarget, UsulanFields } from '@selaras/contracts';

export class CreateUsulanDto extends UsulanFields {}

export class ReviseUsulanDto extends PartialType(UsulanFields) {
  /** The revision the client last read; a stale one gets 409. */
  @IsInt() @Min(1)
  expectedRevision!: number;
}

export class LifecycleDto {
  @IsOptional() @IsInt() @Min(1)
  expectedRevision?: number;

  @IsOptional() @IsString() @MaxLength(2000)
  reason?: string;
}

export class DecisionChanges {
  @IsOptional() @ValidateNested() @Type(() => ProposalTarget)
  target?: ProposalTarget;

  @IsOptional() @IsRupiah()
  paguIndikatif?: number;
}

/** A Forum Perangkat Daerah decision on one usulan, recorded with its Berita Acara. */
export class DecisionDto extends LifecycleDto {
  @IsString() @IsNotEmpty() @MaxLength(200)
  beritaAcara!: string;

  /** Agreed with changes: the target and pagu after the forum. */
  @IsOptional() @ValidateNested() @Type(() => DecisionChanges)
  changes?: DecisionChanges;

  /** Merged into another usulan (recorded as rejected, pointing at the survivor). */
  @IsOptional() @IsUUID()
  mergedInto?: string;
}

export class BulkDecisionItem extends LifecycleDto {
  @IsUUID()
  proposalId!: string;

  @IsIn(FORUM_OUTCOMES)
  outcome!: ForumOutcome;

  @IsOptional() @ValidateNested() @Type(() => DecisionChanges)
  changes?: DecisionChanges;

  @IsOptional() @IsUUID()
  mergedInto?: string;
}

export class BulkDecisionsDto {
  @IsString() @IsNotEmpty() @MaxLength(200)
  beritaAcara!: string;

  @ValidateNested({ each: true }) @Type(() => BulkDecisionItem) @ArrayMinSize(1) @ArrayMaxSize(2000)
  decisions!: BulkDecisionItem[];
}

export class ListUsulanQuery {
  @IsOptional() @IsString()
  region?: string;

  @IsOptional() @Type(() => Number) @IsPlanningYear()
  year?: number;

  @IsOptional() @IsString()
  status?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  limit?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(10_000_000)
  offset?: number;
}
