import { MigrationInterface, QueryRunner } from 'typeorm';

export class PrioritiesAndInbound1763900001000 implements MigrationInterface {
  name = 'PrioritiesAndInbound1763900001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "proposals"."priority" (
      "id" uuid PRIMARY KEY,
      "province" text NOT NULL,
      "year" integer NOT NULL,
      "title" text NOT NULL,
      "code" text NOT NULL,
      "target_value" numeric,
      "target_satuan" text,
      "pagu" bigint CHECK ("pagu" >= 0),
      "status" text NOT NULL,
      "revision" integer NOT NULL,
      "declared_by" text NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "priority_province_year_idx" ON "proposals"."priority" ("province", "year")`);
    await q.query(`CREATE TABLE "proposals"."regency_key" (
      "key_id" text PRIMARY KEY,
      "region" text NOT NULL,
      "public_key" text NOT NULL,
      "label" text NOT NULL,
      "registered_by" text NOT NULL,
      "registered_at" timestamptz NOT NULL DEFAULT now(),
      "revoked_at" timestamptz
    )`);
    await q.query(`CREATE INDEX "regency_key_region_idx" ON "proposals"."regency_key" ("region")`);
    await q.query(`CREATE TABLE "proposals"."inbound_rejection" (
      "id" bigserial PRIMARY KEY,
      "channel" text NOT NULL,
      "event_id" text,
      "event_type" text,
      "region" text,
      "external_id" text,
      "code" text NOT NULL,
      "reason" text NOT NULL,
      "violations" jsonb,
      "raw" text NOT NULL,
      "kafka_partition" integer,
      "kafka_offset" bigint,
      "received_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "inbound_rejection_region_idx" ON "proposals"."inbound_rejection" ("region", "received_at")`);
    await q.query(`CREATE INDEX "inbound_rejection_origin_idx" ON "proposals"."inbound_rejection" ("kafka_partition", "kafka_offset") WHERE "channel" = 'kafka'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "proposals"."inbound_rejection"`);
    await q.query(`DROP TABLE "proposals"."regency_key"`);
    await q.query(`DROP TABLE "proposals"."priority"`);
  }
}
