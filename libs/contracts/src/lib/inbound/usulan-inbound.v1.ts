import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsRegionCode } from '../validation/decorators';
import { UsulanFields } from '../proposals/proposal-fields';

/** What a regency system sends to `proposals.inbound` to create or update one of its usulan. */
export class UsulanUpsertedV1 extends UsulanFields {
  /** The regency system's own id; the same externalId again updates the same usulan. */
  @IsString() @IsNotEmpty() @MaxLength(200)
  externalId!: string;

  @IsIn(['draft', 'submitted'], { message: 'status must be draft or submitted (forum decisions are Bappeda\'s)' })
  status!: 'draft' | 'submitted';
}

export class UsulanWithdrawnV1 {
  @IsRegionCode()
  region!: string;

  @IsString() @IsNotEmpty() @MaxLength(200)
  externalId!: string;
}

export const INBOUND_EVENT_TYPES = {
  upserted: 'proposals.usulan.upserted.v1',
  withdrawn: 'proposals.usulan.withdrawn.v1',
  /** Many of the two above at once, under one signature (usulan-batch.v1.ts). */
  batch: 'proposals.usulan.batch.v1',
} as const;
