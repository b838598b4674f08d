import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { AspectDefinition, DomainDefinition, FrameworkDefinition, GroupDefinition, IndicatorDefinition, LevelDefinition, PredikatDefinition, TierDefinition } from '@selaras/domain-spbe';

// The body of POST /v1/spbe/frameworks: the same JSON as libs/domain-spbe/data/*.json. These
// classes check shapes and types only; weights and structure are the lib's `validateFramework`.

export class LevelDto implements LevelDefinition {
  @IsInt() level!: number;
  @IsString() @MaxLength(200) name!: string;
}

export class PredikatDto implements PredikatDefinition {
  @IsNumber() min!: number;
  @IsString() @MaxLength(100) name!: string;
}

export class IndicatorDto implements IndicatorDefinition {
  @IsInt() no!: number;
  @IsString() @MaxLength(500) name!: string;
  @IsNumber() weightPct!: number;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @IsOptional() @IsString() @MaxLength(100) scoredFrom?: string;
}

export class TierDto implements TierDefinition {
  @IsString() @Matches(/^[a-z][a-z0-9-]{0,49}$/, { message: '$property must be a lower-case key such as aspect' }) key!: string;
  @IsString() @MaxLength(100) name!: string;
}

/** A node of a tree written as `groups`: more groups, or indicators on the last tier. */
export class GroupDto implements GroupDefinition {
  @IsInt() no!: number;
  @IsString() @MaxLength(500) name!: string;
  @IsNumber() weightPct!: number;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => GroupDto) @ArrayMaxSize(50) groups?: GroupDto[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => IndicatorDto) @ArrayMaxSize(200) indicators?: IndicatorDto[];
}

export class AspectDto implements AspectDefinition {
  @IsInt() no!: number;
  @IsString() @MaxLength(500) name!: string;
  @IsNumber() weightPct!: number;
  @ValidateNested({ each: true }) @Type(() => IndicatorDto) @ArrayMaxSize(200) indicators!: IndicatorDto[];
}

export class DomainDto implements DomainDefinition {
  @IsInt() no!: number;
  @IsString() @MaxLength(500) name!: string;
  @IsNumber() weightPct!: number;
  @ValidateNested({ each: true }) @Type(() => AspectDto) @ArrayMaxSize(50) aspects!: AspectDto[];
}

export class FrameworkDto implements FrameworkDefinition {
  /** Stable id such as `permenpanrb-59-2020`: lower case, digits, dots and dashes. */
  @IsString() @Matches(/^[a-z0-9][a-z0-9.-]{0,99}$/, { message: '$property must be lower case letters, digits, dots or dashes, e.g. permenpanrb-8-2026' })
  id!: string;

  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @IsString() @IsNotEmpty() @MaxLength(1000) regulation!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) version!: string;
  @IsInt() @Min(2000) @Max(2100) effectiveYear!: number;
  @IsOptional() @IsBoolean() provisional?: boolean;
  @IsOptional() @IsString() @MaxLength(2000) sourceNote?: string;
  @ValidateNested({ each: true }) @Type(() => LevelDto) @ArrayMaxSize(10) levels!: LevelDto[];
  @ValidateNested({ each: true }) @Type(() => PredikatDto) @ArrayMaxSize(20) predikat!: PredikatDto[];
  // The tree, in one of two shapes (the lib refuses both or neither): domains → aspects as
  // 59/2020 is written, or tiers + groups as 8/2026 is.
  @IsOptional() @ValidateNested({ each: true }) @Type(() => DomainDto) @ArrayMaxSize(20) domains?: DomainDto[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => TierDto) @ArrayMaxSize(5) tiers?: TierDto[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => GroupDto) @ArrayMaxSize(50) groups?: GroupDto[];
}
