import { CloudEvent } from '@selaras/contracts';

/** An event as a consumer receives it: the parsed CloudEvent and where it came from. */
export interface ConsumedEvent<T = unknown> {
  event: CloudEvent<T>;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  /** The message value as received, for handlers that must keep what was sent (inbound). */
  raw: Buffer;
  /**
   * The parsed JSON exactly as sent, before validation stripped unknown fields: what a sender's
   * signature covers (a newer sender's optional fields included).
   */
  sent: Record<string, unknown>;
  /** Set for an event that came inside a batch (`EventConsumerConfig.unpack`): the batch as sent and the event's place in it. */
  carrier?: { id: string; sent: Record<string, unknown>; index: number };
}

/** A refusal decided by a handler: the event goes to the dead-letter topic with this reason. */
export interface Refusal {
  eventId: string;
  code: string;
  reason: string;
}
