import { Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsSubKegiatanCode } from '../validation/decorators';

export const GOVERNMENT_LEVELS = ['PROV', 'KABKOT'] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

/**
 * One sub kegiatan as the active catalog carries it: the value on the compacted topic
 * `nomenclature.entries` under key `LEVEL:code`. A retired code gets a tombstone (null value).
 */
export class NomenclatureEntryV1 {
  @IsIn(GOVERNMENT_LEVELS)
  level!: GovernmentLevel;

  @IsString() @IsNotEmpty() @MaxLength(40)
  code!: string;

  @IsString() @MaxLength(1000) name!: string;
  @IsString() @MaxLength(20) bidangCode!: string;
  @IsString() @MaxLength(500) bidangName!: string;
  @IsString() @MaxLength(20) programCode!: string;
  @IsString() @MaxLength(1000) programName!: string;
  @IsString() @MaxLength(30) kegiatanCode!: string;
  @IsString() @MaxLength(1000) kegiatanName!: string;
  @IsOptional() @IsString() @MaxLength(2000) kinerja?: string;
  @IsOptional() @IsString() @MaxLength(2000) indikator?: string;
  @IsOptional() @IsString() @MaxLength(200) satuan?: string;
  @IsBoolean() spm!: boolean;
  @IsOptional() @IsString() @MaxLength(100) jenis?: string;
  /** The code this one replaces in the previous version (`sub_kegiatan_sebelumnya`). */
  @IsOptional() @IsString() @MaxLength(40) replaces?: string;
  @IsString() @MaxLength(100) versionId!: string;
}

export class VersionDiffSummary {
  @IsInt() @Min(0) added!: number;
  @IsInt() @Min(0) retired!: number;
  @IsInt() @Min(0) renamed!: number;
  @IsInt() @Min(0) replaced!: number;
  /** Names changed only in case, spacing or punctuation; not in `renamed`. Absent in events before issue 26. */
  @IsOptional() @IsInt() @Min(0) renamedCosmetic?: number;
  /** Declared predecessors (`sub_kegiatan_sebelumnya`) whose name is not the retired entry's; not followed. */
  @IsOptional() @IsInt() @Min(0) declarationMismatches?: number;
}

/** A retired code and, where the new version names one, its successor. */
export class RetiredCode {
  @IsIn(GOVERNMENT_LEVELS) level!: GovernmentLevel;
  @IsString() @MaxLength(40) code!: string;
  @IsOptional() @IsSubKegiatanCode() successor?: string;
}

export class NomenclatureVersionEventV1 {
  @IsString() @IsNotEmpty() @MaxLength(100) versionId!: string;
  @IsString() @MaxLength(300) label!: string;
  @IsInt() @Min(0) entryCount!: number;
  @IsOptional() @IsString() @MaxLength(100) previousVersionId?: string;
  @IsOptional() @ValidateNested() @Type(() => VersionDiffSummary) diff?: VersionDiffSummary;
  /** On activation: every code of the previous active version that this one retires. */
  @IsOptional() @ValidateNested({ each: true }) @Type(() => RetiredCode) retired?: RetiredCode[];
  @IsDateString() at!: string;
}

export const NOMENCLATURE_EVENT_TYPES = {
  entry: 'nomenclature.entry.current.v1',
  versionImported: 'nomenclature.version.imported.v1',
  versionActivated: 'nomenclature.version.activated.v1',
} as const;
