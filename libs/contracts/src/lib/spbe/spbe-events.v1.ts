import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsPlanningYear, IsRegionCode } from '../validation/decorators';

export const ASSESSMENT_KINDS = ['self', 'final'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export class SpbeLevelRecordedV1 {
  @IsRegionCode() region!: string;
  @IsPlanningYear() year!: number;
  @IsString() @MaxLength(100) frameworkId!: string;
  @IsIn(ASSESSMENT_KINDS) kind!: AssessmentKind;
  @IsInt() @Min(1) indicatorNo!: number;
  @IsInt() @Min(1) @Max(5) level!: number;
  @IsOptional() @IsInt() @Min(1) @Max(5) previousLevel?: number;
  @IsString() @MaxLength(200) recordedBy!: string;
  @IsDateString() recordedAt!: string;
}

export class SpbeScore {
  @IsInt() @Min(1) no!: number;
  @IsString() @MaxLength(500) name!: string;
  @IsNumber() index!: number;
}

export class SpbeWeakIndicator {
  @IsInt() @Min(1) no!: number;
  @IsString() @MaxLength(500) name!: string;
  @IsInt() @Min(1) @Max(5) level!: number;
  @IsNumber() weight!: number;
}

export class SpbeIndexComputedV1 {
  @IsRegionCode() region!: string;
  @IsPlanningYear() year!: number;
  @IsString() @MaxLength(100) frameworkId!: string;
  @IsIn(ASSESSMENT_KINDS) kind!: AssessmentKind;
  /** Two decimals as published, e.g. 3.03. */
  @IsNumber() index!: number;
  @IsString() @MaxLength(50) predikat!: string;
  @ValidateNested({ each: true }) @Type(() => SpbeScore) domains!: SpbeScore[];
  @ValidateNested({ each: true }) @Type(() => SpbeScore) aspects!: SpbeScore[];
  @ValidateNested({ each: true }) @Type(() => SpbeWeakIndicator) weakest!: SpbeWeakIndicator[];
  @IsOptional() @IsNumber() target?: number;
  @IsDateString() computedAt!: string;
}

export class SpbeTargetSetV1 {
  @IsRegionCode() region!: string;
  @IsPlanningYear() year!: number;
  @IsNumber() @Min(0) @Max(5) target!: number;
  @IsString() @MaxLength(200) setBy!: string;
  @IsDateString() setAt!: string;
}

export const SPBE_EVENT_TYPES = {
  levelRecorded: 'spbe.level.recorded.v1',
  indexComputed: 'spbe.index.computed.v1',
  targetSet: 'spbe.target.set.v1',
} as const;
