import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsObject } from 'class-validator';
import { IsRegionCode } from '../validation/decorators';

/** More events than this in one batch are refused; a batch also stays under MAX_EVENT_BYTES. */
export const MAX_BATCH_EVENTS = 1000;

/**
 * What a regency system sends to `proposals.inbound` to hand over many changes at once (a whole
 * snapshot re-synced, say): the inbound events of its region, each with its own `id`, `type`,
 * `subject` and `data`, applied as if each had been sent alone. The batch is one CloudEvent and
 * is signed like any inbound event; that one signature covers every event in it, so they carry
 * none of their own. A batch is keyed by its region, so a region's batches stay in order.
 */
export class UsulanBatchV1 {
  /** Kode wilayah of every event in the batch. */
  @IsRegionCode()
  region!: string;

  @IsArray() @ArrayNotEmpty() @ArrayMaxSize(MAX_BATCH_EVENTS) @IsObject({ each: true, message: 'each of events must be a CloudEvent (a JSON object)' })
  events!: Record<string, unknown>[];
}
