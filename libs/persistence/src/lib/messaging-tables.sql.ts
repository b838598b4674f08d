import { ownerSignatureStartDown, ownerSignatureStartUp } from './owner-signature-start.sql';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DDL of the outbox and inbox tables, for each service's first migration. Kept beside the
 * entities so both change together. An outbox row without payload (and so without event type
 * and id) is a tombstone: the relay publishes it as a null Kafka value on a compacted topic.
 */
export function messagingTablesUp(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}"."outbox" (
      "id" bigserial PRIMARY KEY,
      "topic" text NOT NULL,
      "message_key" text NOT NULL,
      "event_type" text,
      "event_id" uuid,
      "payload" jsonb,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "published_at" timestamptz,
      CONSTRAINT "outbox_event_or_tombstone" CHECK (
        ("payload" IS NULL AND "event_type" IS NULL AND "event_id" IS NULL)
        OR ("payload" IS NOT NULL AND "event_type" IS NOT NULL AND "event_id" IS NOT NULL))
    )`,
    `CREATE INDEX "outbox_unpublished_idx" ON "${schema}"."outbox" ("id") WHERE "published_at" IS NULL`,
    `CREATE TABLE "${schema}"."inbox" (
      "consumer_group" text NOT NULL,
      "event_id" text NOT NULL,
      "topic" text NOT NULL,
      "partition" integer NOT NULL,
      "offset" bigint NOT NULL,
      "processed_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "inbox_pk" PRIMARY KEY ("consumer_group", "event_id")
    )`,
  ];
}

/**
 * The outbox payload becomes the JSON text that is published (it was jsonb). PostgreSQL no longer
 * parses every event into jsonb on insert and prints it back for the relay — about 14 µs of its
 * CPU per event (bench/README.md, 2026-12-06 evening) — and the message on the topic is, byte for
 * byte, what the service serialized (jsonb reorders an object's keys). Nothing queries inside it.
 */
export function outboxPayloadAsTextUp(schema: string): string[] {
  return [`ALTER TABLE "${schema}"."outbox" ALTER COLUMN "payload" TYPE text USING "payload"::text`];
}

export function outboxPayloadAsTextDown(schema: string): string[] {
  return [`ALTER TABLE "${schema}"."outbox" ALTER COLUMN "payload" TYPE jsonb USING "payload"::jsonb`];
}

/**
 * The migration every service with an outbox runs (its schema is the only difference), listed in
 * each service's migrations like its own. Never change what it does once merged.
 */
export function outboxPayloadAsTextMigration(schema: string): new () => MigrationInterface {
  return class OutboxPayloadAsText1766000000000 implements MigrationInterface {
    name = 'OutboxPayloadAsText1766000000000';

    async up(q: QueryRunner): Promise<void> {
      for (const sql of outboxPayloadAsTextUp(schema)) await q.query(sql);
    }

    async down(q: QueryRunner): Promise<void> {
      for (const sql of outboxPayloadAsTextDown(schema)) await q.query(sql);
    }
  };
}

/** The messaging tables as the services' migrations leave them today, for a schema made without them (tests). */
export function messagingTablesNow(schema: string): string[] {
  return [...messagingTablesUp(schema), ...outboxPayloadAsTextUp(schema), ...ownerSignatureStartUp(schema)];
}

export function messagingTablesDown(schema: string): string[] {
  return [...ownerSignatureStartDown(schema), `DROP TABLE "${schema}"."inbox"`, `DROP TABLE "${schema}"."outbox"`];
}

/** The channel the outbox relay LISTENs on; inserts NOTIFY it (delivered at commit). */
export function outboxChannel(schema: string): string {
  return `${schema}_outbox`;
}
