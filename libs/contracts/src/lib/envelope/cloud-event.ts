import { IsIn, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsRegionCode } from '../validation/decorators';

/**
 * CloudEvents 1.0 envelope, structured JSON mode (`application/cloudevents+json`), with the
 * Selaras extensions. `data` is validated separately against the payload class of `type`.
 */
export class CloudEventEnvelope {
  @IsIn(['1.0'], { message: 'specversion must be "1.0"' })
  specversion!: '1.0';

  @IsUUID('all', { message: 'id must be a uuid' })
  id!: string;

  @IsString() @IsNotEmpty() @MaxLength(512)
  source!: string;

  @IsString() @IsNotEmpty() @MaxLength(200)
  type!: string;

  @IsISO8601({ strict: true }, { message: 'time must be an RFC 3339 timestamp' })
  time!: string;

  @IsString() @IsNotEmpty() @MaxLength(200)
  subject!: string;

  @IsOptional() @IsString()
  datacontenttype?: string;

  /** Kode wilayah of the publisher. */
  @IsOptional() @IsRegionCode()
  region?: string;

  @IsOptional() @IsString() @MaxLength(200)
  correlationid?: string;

  @IsOptional() @IsString() @MaxLength(200)
  causationid?: string;

  /** Ed25519 signature (base64) over the event without `sig`; inbound events only. */
  @IsOptional() @IsString() @MaxLength(200)
  sig?: string;

  /** Id of the regency key that made `sig`. */
  @IsOptional() @IsString() @MaxLength(200)
  keyid?: string;

  @IsObject({ message: 'data must be a JSON object' })
  data!: Record<string, unknown>;
}

/** A parsed event: the envelope fields plus a validated, typed `data`. */
export type CloudEvent<T = unknown> = Omit<CloudEventEnvelope, 'data'> & { data: T };

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';
