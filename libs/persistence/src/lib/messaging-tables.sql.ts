/**
 * DDL of the outbox and inbox tables, for each service's first migration. Kept beside the
 * entities so both change together.
 */
export function messagingTablesUp(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}"."outbox" (
      "id" bigserial PRIMARY KEY,
      "topic" text NOT NULL,
      "message_key" text NOT NULL,
      "event_type" text NOT NULL,
      "event_id" uuid NOT NULL,
      "payload" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "published_at" timestamptz
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

export function messagingTablesDown(schema: string): string[] {
  return [`DROP TABLE "${schema}"."inbox"`, `DROP TABLE "${schema}"."outbox"`];
}

/** The channel the outbox relay LISTENs on; inserts NOTIFY it (delivered at commit). */
export function outboxChannel(schema: string): string {
  return `${schema}_outbox`;
}
