import { EntityManager } from 'typeorm';
import { CloudEvent, EventType, TOPICS, TopicName, TopicSpec, topicOf } from '@selaras/contracts';
import { outboxChannel } from '@selaras/persistence';

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
  // The rows travel as one JSON document rather than one text array per column: a jsonb[] array
  // literal of a few hundred events costs node-postgres an escaping pass and PostgreSQL an
  // unescaping one, three times the price of parsing the same JSON once (bench/README.md).
  // WITH ORDINALITY keeps the ids in the order of the messages, and so the publish order.
  const rows = messages.map((m) => ({ t: topicOf(m.event.type), k: m.key, y: m.event.type, i: m.event.id, p: m.event }));
  await manager.query(
    `INSERT INTO "${schema}"."outbox" (topic, message_key, event_type, event_id, payload)
     SELECT r->>'t', r->>'k', r->>'y', (r->>'i')::uuid, r->'p' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(r, n) ORDER BY n`,
    [JSON.stringify(rows)],
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
