import { ContractError } from '../contract-error';
import { CloudEvent } from '../envelope/cloud-event';
import { EventType } from '../event-map';
import { parseEnvelope, parseEnvelopedEvent } from '../parse-event';
import { UsulanBatchV1 } from './usulan-batch.v1';

/** One event of a batch: valid, or refused with the reason; `sent` is its JSON as sent. */
export type BatchedEvent =
  | { index: number; sent: Record<string, unknown>; event: CloudEvent<unknown>; error?: undefined }
  | { index: number; sent: Record<string, unknown>; event?: undefined; error: ContractError };

/**
 * The events a batch carries, each checked as a message of its own would be (envelope, then the
 * payload class of its type, which must be one of `expected`: a batch inside a batch is refused).
 * One event's fault refuses that event alone, with its place in the batch in the reason.
 */
export function unpackBatch(batch: CloudEvent<UsulanBatchV1>, expected: readonly EventType[]): BatchedEvent[] {
  return batch.data.events.map((sent, index) => {
    try {
      return { index, sent, event: parseEnvelopedEvent(parseEnvelope(sent), expected) };
    } catch (error) {
      if (!(error instanceof ContractError)) throw error;
      const where = `event ${index} of batch ${batch.id}`;
      return { index, sent, error: new ContractError(error.code, `${where}: ${error.message}`, error.violations) };
    }
  });
}
