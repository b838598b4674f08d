import { EntityManager } from 'typeorm';
import { CloudEvent, EventType, TOPICS, TopicName, TopicSpec, topicOf } from '@selaras/contracts';
import { jsonArrayParameter, jsonTextsParameter, jsonTextsSql, outboxChannel } from '@selaras/persistence';

export interface OutboxMessage {
  event: CloudEvent<unknown> & { type: EventType };
  /** Kafka key; the aggregate id, so one aggregate's events stay ordered on one partition. */
  key: string;
}

/**
 * Appends events to the service's outbox inside the caller's transaction and wakes the
 * relay. NOTIFY is delivered only when the transaction commits, so the relay never sees a
 * row that could still roll back.
 */
export async function appendToOutbox(manager: EntityManager, schema: string, messages: readonly OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  // Two parameters, neither an array literal (node-postgres would escape every element and
  // PostgreSQL unescape it, three times the price of parsing JSON once; bench/README.md): the
  // rows' columns as one small JSON document, and the events' JSON texts apart from it (read
  // once, not lexed again inside the document; libs/persistence json-parameter.ts). The payload
  // is stored as that text, unparsed; ROWS FROM pairs the n-th columns with the n-th event, and
  // WITH ORDINALITY keeps the ids in the messages' order, and so the publish order.
  await manager.query(
    `INSERT INTO "${schema}"."outbox" (topic, message_key, event_type, event_id, payload)
     SELECT topic, message_key, event_type, event_id, payload
     FROM ROWS FROM (json_to_recordset($1::json) AS (t text, k text, y text, i uuid), ${jsonTextsSql('$2')})
       WITH ORDINALITY AS r(topic, message_key, event_type, event_id, payload, n)
     ORDER BY n`,
    [
      jsonArrayParameter(messages.map((m) => ({ t: topicOf(m.event.type), k: m.key, y: m.event.type, i: m.event.id }))),
      jsonTextsParameter(messages.map((m) => m.event)),
    ],
  );
  await manager.query(`SELECT pg_notify($1, '')`, [outboxChannel(schema)]);
}

const COMPACTED_TOPICS = new Set<string>(Object.values(TOPICS as Record<string, TopicSpec>).filter((t) => t.compacted).map((t) => t.name));

/**
 * Appends tombstones (a key with a null value) for a compacted topic inside the caller's
 * transaction: once published and compacted, the keys are gone from the topic, so a consumer
 * that reads it from the beginning no longer sees them. They share the outbox with events, so
 * they are published in commit order with them. Only compacted topics take tombstones: on any
 * other topic a null value is just a message no consumer can parse.
 */
export async function appendTombstones(manager: EntityManager, schema: string, topic: TopicName, keys: readonly string[]): Promise<void> {
  if (!COMPACTED_TOPICS.has(topic)) throw new Error(`tombstones belong on compacted topics; ${topic} is not compacted`);
  if (keys.length === 0) return;
  await manager.query(
    `INSERT INTO "${schema}"."outbox" (topic, message_key) SELECT $1, * FROM unnest($2::text[])`,
    [topic, keys],
  );
  await manager.query(`SELECT pg_notify($1, '')`, [outboxChannel(schema)]);
}
