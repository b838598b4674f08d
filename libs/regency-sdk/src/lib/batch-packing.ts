import { chunkBySize, MAX_BATCH_EVENTS, MAX_EVENT_BYTES } from '@selaras/contracts';

/** Room left in a batch message for its envelope, its signature and its region. */
const ENVELOPE_ROOM = 2048;

/**
 * Splits events, in order, into the fewest runs that each fit one batch message: at most
 * MAX_BATCH_EVENTS events and MAX_EVENT_BYTES of JSON (the province refuses a larger message
 * unread). `sizeOf` is an event's JSON length in bytes. An event too large for any batch is
 * left to its caller: it would be refused alone too.
 */
export function packBatches<T>(events: readonly T[], sizeOf: (event: T) => number, limits = { maxBytes: MAX_EVENT_BYTES - ENVELOPE_ROOM, maxEvents: MAX_BATCH_EVENTS }): T[][] {
  return chunkBySize(events, (event) => sizeOf(event) + 1 /* and its comma */, limits.maxBytes, limits.maxEvents);
}
