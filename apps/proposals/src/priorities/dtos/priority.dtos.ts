import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsPlanningYear, IsProgramOrKegiatanCode, IsRegionCode, IsRupiah, ProposalTarget } from '@selaras/contracts';

export class DeclarePriorityDto {
  /** Kode wilayah of the province, e.g. `81`. */
  @IsRegionCode() province!: string;
  @IsPlanningYear() year!: number;
  @IsString() @IsNotEmpty() @MaxLength(300) title!: string;
  /** Program (`2.16.03`) or kegiatan (`2.16.03.1.02`) the kab/kota should support. */
  @IsProgramOrKegiatanCode() code!: string;
  @IsOptional() @ValidateNested() @Type(() => ProposalTarget) target?: ProposalTarget;
  @IsOptional() @IsRupiah() pagu?: number;
}

export class ChangePriorityDto {
  @IsInt() @Min(1) expectedRevision!: number;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(300) title?: string;
  @IsOptional() @ValidateNested() @Type(() => ProposalTarget) target?: ProposalTarget;
  @IsOptional() @IsRupiah() pagu?: number;
  @IsOptional() @IsIn(['active', 'withdrawn']) status?: 'active' | 'withdrawn';
}

export class ListPrioritiesQuery {
  @IsOptional() @IsRegionCode() province?: string;
  @IsOptional() @Type(() => Number) @IsPlanningYear() year?: number;
}
