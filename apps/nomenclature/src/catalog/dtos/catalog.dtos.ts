import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { GOVERNMENT_LEVELS, GovernmentLevel, IsRegionCode } from '@selaras/contracts';

/**
 * One validation call checks at most this many codes: an OPD's usulan of a year are a few dozen,
 * a whole kab/kota's a few hundred. 10,000 took ~1 s each, and public callers repeated it while
 * other requests waited (issue 23).
 */
export const MAX_CODES_PER_VALIDATION = 1000;

export class SubKegiatanQuery {
  @ApiPropertyOptional({ enum: GOVERNMENT_LEVELS, description: 'Left out: the level of the code\'s level digit (1 PROV, 2 KABKOT)' })
  @IsOptional() @IsIn(GOVERNMENT_LEVELS)
  level?: GovernmentLevel;

  @ApiPropertyOptional({ description: 'Version id; the active version when left out', example: 'sipd-2027' })
  @IsOptional() @IsString() @MaxLength(100)
  version?: string;
}

export class SearchQuery extends SubKegiatanQuery {
  @ApiProperty({ description: 'Words (any order, any case, accents ignored, word beginnings are enough) or the start of a code', example: 'spbe koordinasi' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  q!: string;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}

export class ValidateCodesDto {
  @ApiProperty({ enum: GOVERNMENT_LEVELS, description: 'The government level using the codes' })
  @IsIn(GOVERNMENT_LEVELS)
  level!: GovernmentLevel;

  @ApiProperty({ type: [String], example: ['2.16.03.2.02.0041', '2.16.03.1.02.0041', '2.16.3.2.2.41'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_CODES_PER_VALIDATION, { message: `codes holds at most ${MAX_CODES_PER_VALIDATION} codes per request; send more in several requests` }) @IsString({ each: true }) @MaxLength(60, { each: true })
  codes!: string[];

  @ApiPropertyOptional({ description: 'Kode wilayah of the government (e.g. 11.01): needed to accept special-regime codes (level digit 3–8)', example: '81.71' })
  @IsOptional() @IsRegionCode()
  region?: string;

  @ApiPropertyOptional({ description: 'Version id; the active version when left out' })
  @IsOptional() @IsString() @MaxLength(100)
  version?: string;
}
