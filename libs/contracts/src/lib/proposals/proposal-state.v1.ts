import { Type } from 'class-transformer';
import {
  IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { IsRupiah, IsSubKegiatanCode } from '../validation/decorators';
import { FORUM_OUTCOMES, ForumOutcome, PROPOSAL_STATUSES, ProposalStatus } from './proposal-enums';
import { ProposalTarget, UsulanFields } from './proposal-fields';

/** A Forum Perangkat Daerah decision as recorded with its Berita Acara. */
export class ForumDecision {
  @IsIn(FORUM_OUTCOMES)
  outcome!: ForumOutcome;

  /** Nomor Berita Acara of the forum session. */
  @IsOptional() @IsString() @MaxLength(200)
  beritaAcara?: string;

  @IsOptional() @IsString() @MaxLength(2000)
  reason?: string;

  /** For `agreed_with_changes`: what the forum changed. */
  @IsOptional() @ValidateNested() @Type(() => ProposalTarget)
  targetBefore?: ProposalTarget;

  @IsOptional() @IsRupiah()
  paguBefore?: number;

  /** For `merged`: the usulan this one was merged into. */
  @IsOptional() @IsUUID()
  mergedInto?: string;

  @IsString() @MaxLength(200)
  decidedBy!: string;

  @IsDateString()
  decidedAt!: string;
}

/** Set when the active nomenclature no longer carries the proposal's code. */
export class NomenclatureFlag {
  @IsIn(['retired', 'unknown', 'wrong_level'])
  problem!: 'retired' | 'unknown' | 'wrong_level';

  @IsOptional() @IsSubKegiatanCode()
  successor?: string;

  @IsString() @MaxLength(100)
  versionId!: string;

  @IsDateString()
  flaggedAt!: string;
}

/**
 * The full state of one usulan after a change. Every proposal lifecycle event carries it,
 * so a consumer never needs an earlier event to know the current state.
 */
export class ProposalStateV1 extends UsulanFields {
  @IsUUID()
  id!: string;

  @IsIn(PROPOSAL_STATUSES)
  status!: ProposalStatus;

  @IsInt() @Min(1)
  revision!: number;

  /** The regency system's own id, for usulan that arrived through inbound. */
  @IsOptional() @IsString() @MaxLength(200)
  externalId?: string;

  @IsOptional() @ValidateNested() @Type(() => ForumDecision)
  decision?: ForumDecision;

  @IsOptional() @ValidateNested() @Type(() => NomenclatureFlag)
  nomenclatureFlag?: NomenclatureFlag;

  @IsString() @MaxLength(200)
  updatedBy!: string;

  @IsDateString()
  createdAt!: string;

  @IsDateString()
  updatedAt!: string;
}

export const PROPOSAL_EVENT_TYPES = {
  drafted: 'proposals.proposal.drafted.v1',
  revised: 'proposals.proposal.revised.v1',
  submitted: 'proposals.proposal.submitted.v1',
  agreed: 'proposals.proposal.agreed.v1',
  rejected: 'proposals.proposal.rejected.v1',
  deferred: 'proposals.proposal.deferred.v1',
  withdrawn: 'proposals.proposal.withdrawn.v1',
  flagged: 'proposals.proposal.nomenclature-flagged.v1',
} as const;
export type ProposalEventType = (typeof PROPOSAL_EVENT_TYPES)[keyof typeof PROPOSAL_EVENT_TYPES];
