import { randomUUID } from 'node:crypto';
import { CloudEvent } from './envelope/cloud-event';
import { EventPayload, EventType } from './event-map';

export interface EventMeta {
  source: string;
  subject: string;
  region?: string;
  correlationid?: string;
  causationid?: string;
  id?: string;
  time?: Date;
}

/** Builds a CloudEvents 1.0 envelope for a known type; the payload type is checked at compile time. */
export function buildEvent<T extends EventType>(type: T, data: EventPayload<T>, meta: EventMeta): CloudEvent<EventPayload<T>> & { type: T } {
  return {
    specversion: '1.0',
    id: meta.id ?? randomUUID(),
    source: meta.source,
    type,
    time: (meta.time ?? new Date()).toISOString(),
    subject: meta.subject,
    datacontenttype: 'application/json',
    ...(meta.region ? { region: meta.region } : {}),
    ...(meta.correlationid ? { correlationid: meta.correlationid } : {}),
    ...(meta.causationid ? { causationid: meta.causationid } : {}),
    data,
  };
}
