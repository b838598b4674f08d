import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsPlanningYear, IsRegionCode } from '../validation/decorators';

export const ASSESSMENT_KINDS = ['self', 'final'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** An index as published, always two decimals: `3.00`, `3.03`. */
const INDEX_TEXT = /^\d\.\d{2}$/;

/** What backs a level: a note and/or a reference to a document kept elsewhere (no files travel in events). */
export class SpbeEvidence {
  @IsOptional() @IsString() @MaxLength(2000) note?: string;
  @IsOptional() @IsString() @MaxLength(500) documentRef?: string;
}

export class SpbeLevelRecordedV1 {
  @IsRegionCode() region!: string;
  @IsPlanningYear() year!: number;
  @IsString() @MaxLength(100) frameworkId!: string;
  /** Added compatibly: the framework version the assessment is pinned to. */
  @IsOptional() @IsString() @MaxLength(100) frameworkVersion?: string;
  @IsIn(ASSESSMENT_KINDS) kind!: AssessmentKind;
  @IsInt() @Min(1) indicatorNo!: number;
  @IsInt() @Min(1) @Max(5) level!: number;
  /** Absent the first time the indicator is recorded for this kind. */
  @IsOptional() @IsInt() @Min(1) @Max(5) previousLevel?: number;
  /** Added compatibly. */
  @IsOptional() @ValidateNested() @Type(() => SpbeEvidence) evidence?: SpbeEvidence;
  /**
   * Added compatibly (Indeks Pemdi): the other agency's index this indicator's level is taken
   * from as entered (`SDI`, `SJIG`, `EPSS`, `IKASANDI`), per the framework; no conversion applied.
   */
  @IsOptional() @IsString() @MaxLength(100) scoredFrom?: string;
  @IsString() @MaxLength(200) recordedBy!: string;
  @IsDateString() recordedAt!: string;
}

/** A domain's or aspect's index (weighted mean of its own indicators, 1–5 scale). */
export class SpbeScore {
  @IsInt() @Min(1) no!: number;
  @IsString() @MaxLength(500) name!: string;
  @IsNumber() index!: number;
  /** Added compatibly: share of the whole index in percent. */
  @IsOptional() @IsNumber() weightPct?: number;
}

export class SpbeWeakIndicator {
  @IsInt() @Min(1) no!: number;
  @IsString() @MaxLength(500) name!: string;
  @IsInt() @Min(1) @Max(5) level!: number;
  /** Weight in percent of the whole index. */
  @IsNumber() weight!: number;
  /** Added compatibly. */
  @IsOptional() @IsInt() @Min(1) domainNo?: number;
  /** Added compatibly. */
  @IsOptional() @IsInt() @Min(1) aspectNo?: number;
}

/**
 * A complete assessment's index after a change of its levels. Only complete assessments
 * (every indicator has a level) are published: a partial sum would look like a bad index.
 *
 * The index is the one of `frameworkId` (a field since the first v1): `permenpanrb-59-2020`
 * (Indeks SPBE) or `permenpanrb-8-2026` (Indeks Pemdi, from 2026). A framework without domains
 * sends `domains: []` and its groups as `aspects`; the names and flags added for it are optional,
 * so every v1 event ever published still parses and v1 stays the type (STYLE §3).
 */
export class SpbeIndexComputedV1 {
  @IsRegionCode() region!: string;
  @IsPlanningYear() year!: number;
  @IsString() @MaxLength(100) frameworkId!: string;
  /** Added compatibly. */
  @IsOptional() @IsString() @MaxLength(100) frameworkVersion?: string;
  /** Added compatibly: what the index is called, `Indeks SPBE` or `Indeks Pemdi`. */
  @IsOptional() @IsString() @MaxLength(300) frameworkName?: string;
  /** Added compatibly: the framework's figures still await a check against the regulation text. */
  @IsOptional() @IsBoolean() provisional?: boolean;
  @IsIn(ASSESSMENT_KINDS) kind!: AssessmentKind;
  /** Two decimals as published, e.g. 3.03. */
  @IsNumber() index!: number;
  /** Added compatibly: the same index as text, so no consumer has to format a float. */
  @IsOptional() @Matches(INDEX_TEXT, { message: '$property must have two decimals, e.g. 3.03' }) indexText?: string;
  @IsString() @MaxLength(50) predikat!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => SpbeScore) domains!: SpbeScore[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => SpbeScore) aspects!: SpbeScore[];
  /** Lowest level first; on a tie the heavier indicator first. */
  @IsArray() @ValidateNested({ each: true }) @Type(() => SpbeWeakIndicator) weakest!: SpbeWeakIndicator[];
  @IsOptional() @IsNumber() target?: number;
  /** Added compatibly: `target − index`, two decimals; positive means the target is not reached yet. */
  @IsOptional() @IsNumber() gap?: number;
  @IsDateString() computedAt!: string;
}

export class SpbeTargetSetV1 {
  @IsRegionCode() region!: string;
  @IsPlanningYear() year!: number;
  @IsNumber() @Min(0) @Max(5) target!: number;
  /**
   * Added compatibly: the framework whose index the target is set on. Absent on targets set
   * before frameworks were named: those were set on Indeks SPBE (PermenPANRB 59/2020).
   */
  @IsOptional() @IsString() @MaxLength(100) frameworkId?: string;
  /** Added compatibly: absent when no target was set before. */
  @IsOptional() @IsNumber() @Min(0) @Max(5) previousTarget?: number;
  /** Added compatibly: the framework of the replaced target, when it had one. */
  @IsOptional() @IsString() @MaxLength(100) previousFrameworkId?: string;
  @IsString() @MaxLength(200) setBy!: string;
  @IsDateString() setAt!: string;
}

/** The framework a target or an usulan's `spbeIndicators` means when it names none: every one written before 8/2026 was on 59/2020. */
export const LEGACY_SPBE_FRAMEWORK_ID = 'permenpanrb-59-2020';

export const SPBE_EVENT_TYPES = {
  levelRecorded: 'spbe.level.recorded.v1',
  indexComputed: 'spbe.index.computed.v1',
  targetSet: 'spbe.target.set.v1',
} as const;

/** Kafka key of every event on `spbe.events`: one region's year stays ordered on one partition. */
export function spbeEventKey(region: string, year: number): string {
  return `${region}:${year}`;
}
