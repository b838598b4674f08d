import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNumber, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { ASSESSMENT_KINDS, AssessmentKind } from '@selaras/contracts';

export class EvidenceDto {
  @IsOptional() @IsString() @MaxLength(2000) note?: string;
  /** Where the document is kept (archive number, URL); files are not stored here. */
  @IsOptional() @IsString() @MaxLength(500) documentRef?: string;
}

// `level` is any number here: the framework decides what a level is (whole, 1–5 for
// PermenPANRB 59/2020) and refuses others with SPBE_LEVEL_OUT_OF_RANGE, naming the indicator.

/** `PUT /v1/spbe/assessments/:region/:year/indicators/:no` */
export class RecordLevelDto {
  @IsNumber() level!: number;
  @IsIn(ASSESSMENT_KINDS) kind!: AssessmentKind;
  @IsOptional() @ValidateNested() @Type(() => EvidenceDto) evidence?: EvidenceDto;
  /** Only for the first level of a region's year; later ones must name the same framework or none. */
  @IsOptional() @IsString() @MaxLength(100) frameworkId?: string;
}

export class LevelItemDto {
  @IsInt() @Min(1) no!: number;
  @IsNumber() level!: number;
  @IsOptional() @ValidateNested() @Type(() => EvidenceDto) evidence?: EvidenceDto;
}

/** `PUT /v1/spbe/assessments/:region/:year`: many indicators at once, all or nothing. */
export class RecordLevelsDto {
  @IsIn(ASSESSMENT_KINDS) kind!: AssessmentKind;
  @IsOptional() @IsString() @MaxLength(100) frameworkId?: string;
  @ValidateNested({ each: true }) @Type(() => LevelItemDto) @ArrayMinSize(1) @ArrayMaxSize(500) levels!: LevelItemDto[];
}

export class AssessmentQuery {
  /** Which values to compute; `final` (verified) unless asked otherwise. */
  @IsOptional() @IsIn(ASSESSMENT_KINDS) kind?: AssessmentKind;
}

export class HistoryQuery {
  /** Both kinds unless one is asked for. */
  @IsOptional() @IsIn(ASSESSMENT_KINDS) kind?: AssessmentKind;
}
