import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches,
  Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { IsLocationCode, IsPlanningYear, IsRegionCode, IsRupiah, IsSubKegiatanCode } from '../validation/decorators';
import { PLANNING_STAGES, PROPOSAL_SOURCES, PlanningStage, ProposalSource } from './proposal-enums';

export class OpdRef {
  /** OPD code as in SIPD, e.g. `2.16.0.00.0.00.01.0000`; text. */
  @IsString() @Matches(/^[0-9X.]{1,40}$/, { message: 'opd.code must be an OPD code of digits and dots, e.g. 2.16.0.00.0.00.01.0000' })
  code!: string;

  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;
}

export class ProposalTarget {
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1e12)
  value!: number;

  @IsString() @IsNotEmpty() @MaxLength(100)
  satuan!: string;

  /** Taken from the nomenclature when the proposer leaves it out. */
  @IsOptional() @IsString() @MaxLength(500)
  indikator?: string;
}

/**
 * The fields a proposer (an OPD operator or a regency system) controls. Status, revision and
 * ids are the service's. Shared by the HTTP body, the inbound event and the canonical state.
 */
export class UsulanFields {
  @IsRegionCode()
  region!: string;

  // @ValidateNested alone lets a missing object through; @IsDefined makes it required.
  @IsDefined() @ValidateNested() @Type(() => OpdRef)
  opd!: OpdRef;

  @IsPlanningYear()
  year!: number;

  @IsIn(PLANNING_STAGES, { message: `stage must be one of ${PLANNING_STAGES.join(', ')}` })
  stage!: PlanningStage;

  @IsSubKegiatanCode()
  subKegiatan!: string;

  @IsDefined() @ValidateNested() @Type(() => ProposalTarget)
  target!: ProposalTarget;

  @IsRupiah()
  paguIndikatif!: number;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @IsLocationCode({ each: true })
  locations!: string[];

  @IsIn(PROPOSAL_SOURCES, { message: `source must be one of ${PROPOSAL_SOURCES.join(', ')}` })
  source!: ProposalSource;

  /**
   * Indicators the usulan addresses, numbered by the SPBE framework in force for its `year`:
   * Indeks Pemdi (PermenPANRB 8/2026) 1–20 from 2026, Indeks SPBE (59/2020) 1–47 before (issue
   * 27). So an usulan of 2027 names Pemdi indicators and one of 2025 keeps its 59/2020 numbers,
   * with no field added; reporting reads them beside the index of the same framework.
   */
  @IsOptional() @IsArray() @ArrayMaxSize(47) @IsInt({ each: true }) @Min(1, { each: true }) @Max(99, { each: true })
  spbeIndicators?: number[];

  @IsOptional() @IsString() @MaxLength(4000)
  justification?: string;
}
