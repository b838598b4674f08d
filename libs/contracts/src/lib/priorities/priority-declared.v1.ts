import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsPlanningYear, IsProgramOrKegiatanCode, IsRegionCode, IsRupiah } from '../validation/decorators';
import { ProposalTarget } from '../proposals/proposal-fields';

/**
 * A provincial priority for a year: the program or kegiatan "meaning" (its code at the
 * province's level) that kab/kota should support with their own level-2 equivalents.
 */
export class PriorityStateV1 {
  @IsUUID()
  id!: string;

  /** Kode wilayah of the province, e.g. `81`. */
  @IsRegionCode()
  province!: string;

  @IsPlanningYear()
  year!: number;

  @IsString() @IsNotEmpty() @MaxLength(300)
  title!: string;

  /** `2.16.03` (program) or `2.16.03.1.02` (kegiatan); the level digit is ignored when matching. */
  @IsProgramOrKegiatanCode()
  code!: string;

  @IsOptional() @ValidateNested() @Type(() => ProposalTarget)
  target?: ProposalTarget;

  @IsOptional() @IsRupiah()
  pagu?: number;

  @IsIn(['active', 'withdrawn'])
  status!: 'active' | 'withdrawn';

  @IsInt() @Min(1)
  revision!: number;

  @IsString() @MaxLength(200)
  declaredBy!: string;

  @IsDateString()
  updatedAt!: string;
}

export const PRIORITY_EVENT_TYPES = {
  declared: 'proposals.priority.declared.v1',
  changed: 'proposals.priority.changed.v1',
} as const;
