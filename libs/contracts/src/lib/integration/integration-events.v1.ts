import { IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsRegionCode } from '../validation/decorators';

/**
 * Integration health (DESIGN §6, issue 28): what proposals saw arrive from each kab/kota, so that
 * reporting can tell the coordinator, from events alone, who has gone quiet or is being refused.
 * Key: the region (or `unknown`).
 */
export const INTEGRATION_EVENT_TYPES = {
  activity: 'proposals.integration.activity.v1',
  refused: 'proposals.inbound.refused.v1',
  keyChanged: 'proposals.regency-key.changed.v1',
} as const;

export const INTEGRATION_CHANNELS = ['kafka', 'http', 'operator'] as const;
export type IntegrationChannel = (typeof INTEGRATION_CHANNELS)[number];

/** A kode wilayah, or `unknown` when the sender could not be proven to be that region. */
export const ATTRIBUTED_REGION_PATTERN = /^(unknown|\d{2}(\.\d{2})?)$/;

/** Events of one region accepted through one channel in one transaction of proposals. */
export class IntegrationActivityV1 {
  @IsRegionCode() region!: string;
  @IsIn(INTEGRATION_CHANNELS) channel!: IntegrationChannel;
  @IsInt() @Min(1) accepted!: number;
  @IsDateString() at!: string;
}

/**
 * An inbound event proposals refused. `region` is the region the refusal counts under: the
 * event's region only when it is a known kab/kota or province and the sender proved to be it
 * (a valid signature of that region's key, or a bearer token covering it); else `unknown`, so a
 * forger cannot make another region look bad. `claimedRegion` is what the event said.
 */
export class InboundRefusedV1 {
  @IsString() @Matches(ATTRIBUTED_REGION_PATTERN) region!: string;
  @IsOptional() @IsString() @MaxLength(200) claimedRegion?: string | null;
  @IsIn(['kafka', 'http']) channel!: 'kafka' | 'http';
  @IsString() @MaxLength(100) code!: string;
  @IsString() @MaxLength(2000) reason!: string;
  @IsOptional() @IsString() @MaxLength(200) eventType?: string | null;
  @IsOptional() @IsString() @MaxLength(200) eventId?: string | null;
  @IsOptional() @IsString() @MaxLength(200) externalId?: string | null;
  @IsDateString() refusedAt!: string;
}

/** A regency system's signing key was requested (pending until the province approves it), approved (active) or revoked. */
export class RegencyKeyChangedV1 {
  @IsRegionCode() region!: string;
  @IsString() @MaxLength(200) keyId!: string;
  @IsString() @MaxLength(200) label!: string;
  @IsIn(['pending', 'active', 'revoked']) state!: 'pending' | 'active' | 'revoked';
  @IsDateString() at!: string;
}
