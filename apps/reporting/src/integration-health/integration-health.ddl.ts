/**
 * Integration health read models (issue 28), in each generation schema like the others: rebuilt
 * from `proposals.integration` by a replay, never migrated.
 */
export function integrationHealthDdl(s: string): string[] {
  return [
    // Accepted events per region, channel and hour: 24-hour sums read at most 25 rows per channel.
    `CREATE TABLE ${s}."integration_activity" (
      "region" text NOT NULL,
      "channel" text NOT NULL,
      "hour" timestamptz NOT NULL,
      "accepted" integer NOT NULL,
      "last_at" timestamptz NOT NULL,
      CONSTRAINT "integration_activity_pk" PRIMARY KEY ("region", "channel", "hour")
    )`,
    // One row per refusal event (its id), `region` as proposals attributed it (a kode wilayah or `unknown`).
    `CREATE TABLE ${s}."integration_refusal" (
      "event_id" uuid PRIMARY KEY,
      "region" text NOT NULL,
      "claimed_region" text,
      "channel" text NOT NULL,
      "code" text NOT NULL,
      "reason" text NOT NULL,
      "event_type" text,
      "inbound_event_id" text,
      "external_id" text,
      "refused_at" timestamptz NOT NULL
    )`,
    `CREATE INDEX "integration_refusal_region_idx" ON ${s}."integration_refusal" ("region", "refused_at" DESC)`,
    `CREATE TABLE ${s}."integration_key" (
      "key_id" text PRIMARY KEY,
      "region" text NOT NULL,
      "label" text NOT NULL,
      "state" text NOT NULL,
      "changed_at" timestamptz NOT NULL
    )`,
    `CREATE INDEX "integration_key_region_idx" ON ${s}."integration_key" ("region")`,
  ];
}
