import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { AspectDefinition, DomainDefinition, FrameworkDefinition, IndicatorDefinition, LevelDefinition, PredikatDefinition } from '@selaras/domain-spbe';

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
  @ValidateNested({ each: true }) @Type(() => LevelDto) @ArrayMaxSize(10) levels!: LevelDto[];
  @ValidateNested({ each: true }) @Type(() => PredikatDto) @ArrayMaxSize(20) predikat!: PredikatDto[];
  @ValidateNested({ each: true }) @Type(() => DomainDto) @ArrayMaxSize(20) domains!: DomainDto[];
}
