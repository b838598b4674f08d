import { MigrationInterface, QueryRunner } from 'typeorm';
import { messagingTablesDown, messagingTablesUp } from '@selaras/persistence';

/**
 * Frameworks, assessments (self and final levels kept apart by `kind`), their history and
 * targets. Framework rows are seeded at start-up, not here: see `FrameworkSeeder`.
 */
export class InitSpbe1764000000000 implements MigrationInterface {
  name = 'InitSpbe1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "spbe"."framework" (
      "id" text NOT NULL,
      "version" text NOT NULL,
      "name" text NOT NULL,
      "regulation" text NOT NULL,
      "effective_year" integer NOT NULL,
      "definition" jsonb NOT NULL,
      "origin" text NOT NULL CHECK ("origin" IN ('seed', 'admin')),
      "created_by" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "framework_pk" PRIMARY KEY ("id", "version")
    )`);
    await q.query(`CREATE INDEX "framework_effective_year_idx" ON "spbe"."framework" ("effective_year")`);

    // One row per region and year: it pins the framework version, so later versions never
    // change the arithmetic of an assessment already under way, and it is the row a write
    // locks to serialise changes of one assessment.
    await q.query(`CREATE TABLE "spbe"."assessment" (
      "region" text NOT NULL,
      "year" integer NOT NULL,
      "framework_id" text NOT NULL,
      "framework_version" text NOT NULL,
      "created_by" text NOT NULL,
      "created_at" timestamptz NOT NULL,
      CONSTRAINT "assessment_pk" PRIMARY KEY ("region", "year"),
      CONSTRAINT "assessment_framework_fk" FOREIGN KEY ("framework_id", "framework_version") REFERENCES "spbe"."framework" ("id", "version")
    )`);
    await q.query(`CREATE INDEX "assessment_framework_idx" ON "spbe"."assessment" ("framework_id", "framework_version")`);

    await q.query(`CREATE TABLE "spbe"."indicator_level" (
      "region" text NOT NULL,
      "year" integer NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('self', 'final')),
      "indicator_no" integer NOT NULL,
      "level" smallint NOT NULL CHECK ("level" >= 1),
      "evidence_note" text,
      "evidence_document_ref" text,
      "recorded_by" text NOT NULL,
      "recorded_at" timestamptz NOT NULL,
      CONSTRAINT "indicator_level_pk" PRIMARY KEY ("region", "year", "kind", "indicator_no"),
      CONSTRAINT "indicator_level_assessment_fk" FOREIGN KEY ("region", "year") REFERENCES "spbe"."assessment" ("region", "year")
    )`);

    await q.query(`CREATE TABLE "spbe"."indicator_level_history" (
      "id" bigserial PRIMARY KEY,
      "region" text NOT NULL,
      "year" integer NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('self', 'final')),
      "indicator_no" integer NOT NULL,
      "level" smallint NOT NULL,
      "previous_level" smallint,
      "evidence_note" text,
      "evidence_document_ref" text,
      "recorded_by" text NOT NULL,
      "recorded_at" timestamptz NOT NULL,
      "event_id" uuid NOT NULL,
      CONSTRAINT "indicator_level_history_assessment_fk" FOREIGN KEY ("region", "year") REFERENCES "spbe"."assessment" ("region", "year")
    )`);
    await q.query(`CREATE INDEX "indicator_level_history_assessment_idx" ON "spbe"."indicator_level_history" ("region", "year", "id")`);

    await q.query(`CREATE TABLE "spbe"."target" (
      "region" text NOT NULL,
      "year" integer NOT NULL,
      "target" numeric(3, 2) NOT NULL CHECK ("target" >= 0 AND "target" <= 5),
      "set_by" text NOT NULL,
      "set_at" timestamptz NOT NULL,
      CONSTRAINT "target_pk" PRIMARY KEY ("region", "year")
    )`);

    for (const sql of messagingTablesUp('spbe')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of messagingTablesDown('spbe')) await q.query(sql);
    await q.query(`DROP TABLE "spbe"."target"`);
    await q.query(`DROP TABLE "spbe"."indicator_level_history"`);
    await q.query(`DROP TABLE "spbe"."indicator_level"`);
    await q.query(`DROP TABLE "spbe"."assessment"`);
    await q.query(`DROP TABLE "spbe"."framework"`);
  }
}
