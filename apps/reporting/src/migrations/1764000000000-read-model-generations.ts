import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models move into generation schemas (`reporting_g<n>`), created by the service from
 * `read-model.ddl.ts` at start-up and at every replay, so a rebuild can fill fresh tables while the
 * old ones are still served (see `replay/replay.service.ts`). This migration keeps only the
 * bookkeeping in `reporting`: which generation is live, how far each consumer group got, and the
 * change log the live stream is read from. A separate migration (rather than an edit of the first)
 * so databases that already ran the first slice move on too.
 */
export class ReadModelGenerations1764000000000 implements MigrationInterface {
  name = 'ReadModelGenerations1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // The first slice's table; usulan now live in the generation schemas, rebuilt from the topic.
    await q.query(`DROP TABLE IF EXISTS "reporting"."proposal_view"`);
    await q.query(`CREATE TABLE "reporting"."read_model_generation" (
      "generation" integer PRIMARY KEY,
      "schema_name" text NOT NULL UNIQUE,
      "version" integer NOT NULL,
      "status" text NOT NULL CHECK ("status" IN ('building', 'live', 'retired')),
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "caught_up_at" timestamptz,
      "switched_at" timestamptz
    )`);
    // At most one generation is served: the switch flips two rows in one transaction.
    await q.query(`CREATE UNIQUE INDEX "read_model_generation_one_live" ON "reporting"."read_model_generation" ("status") WHERE "status" = 'live'`);
    await q.query(`CREATE TABLE "reporting"."projection_position" (
      "consumer_group" text NOT NULL,
      "topic" text NOT NULL,
      "partition" integer NOT NULL,
      "next_offset" bigint NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "projection_position_pk" PRIMARY KEY ("consumer_group", "topic", "partition")
    )`);
    await q.query(`CREATE TABLE "reporting"."change_log" (
      "id" bigserial PRIMARY KEY,
      "event_id" uuid,
      "province" text,
      "region" text,
      "year" integer,
      "kind" text NOT NULL,
      "data" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now()
    )`);
    // Two generations apply the same event around a switch; the change is logged once.
    await q.query(`CREATE UNIQUE INDEX "change_log_event_uq" ON "reporting"."change_log" ("event_id") WHERE "event_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "reporting"."change_log"`);
    await q.query(`DROP TABLE "reporting"."projection_position"`);
    await q.query(`DROP TABLE "reporting"."read_model_generation"`);
    await q.query(`CREATE TABLE "reporting"."proposal_view" (
      "id" uuid PRIMARY KEY, "region" text NOT NULL, "province" text NOT NULL, "year" integer NOT NULL, "stage" text NOT NULL,
      "status" text NOT NULL, "sub_kegiatan" text NOT NULL, "pagu_indikatif" bigint NOT NULL, "revision" integer NOT NULL,
      "state" jsonb NOT NULL, "last_event_type" text NOT NULL, "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "proposal_view_province_year_idx" ON "reporting"."proposal_view" ("province", "year")`);
  }
}
