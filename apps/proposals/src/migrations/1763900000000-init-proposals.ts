import { MigrationInterface, QueryRunner } from 'typeorm';
import { messagingTablesDown, messagingTablesUp } from '@selaras/persistence';

export class InitProposals1763900000000 implements MigrationInterface {
  name = 'InitProposals1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "proposals"."usulan" (
      "id" uuid PRIMARY KEY,
      "region" text NOT NULL,
      "opd_code" text NOT NULL,
      "opd_name" text NOT NULL,
      "year" integer NOT NULL,
      "stage" text NOT NULL,
      "sub_kegiatan" text NOT NULL,
      "target_value" numeric NOT NULL,
      "target_satuan" text NOT NULL,
      "target_indikator" text,
      "pagu_indikatif" bigint NOT NULL CHECK ("pagu_indikatif" >= 0),
      "locations" text[] NOT NULL,
      "source" text NOT NULL,
      "spbe_indicators" integer[] NOT NULL DEFAULT '{}',
      "justification" text,
      "status" text NOT NULL,
      "revision" integer NOT NULL,
      "external_id" text,
      "decision" jsonb,
      "nomenclature_flag" jsonb,
      "created_by" text NOT NULL,
      "updated_by" text NOT NULL,
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "usulan_region_year_idx" ON "proposals"."usulan" ("region", "year")`);
    await q.query(`CREATE INDEX "usulan_sub_kegiatan_idx" ON "proposals"."usulan" ("sub_kegiatan") WHERE "status" IN ('draft', 'submitted', 'deferred')`);
    await q.query(`CREATE UNIQUE INDEX "usulan_external_id_uq" ON "proposals"."usulan" ("region", "external_id") WHERE "external_id" IS NOT NULL`);
    await q.query(`CREATE TABLE "proposals"."usulan_history" (
      "usulan_id" uuid NOT NULL REFERENCES "proposals"."usulan" ("id"),
      "revision" integer NOT NULL,
      "event_type" text NOT NULL,
      "event_id" uuid NOT NULL,
      "state" jsonb NOT NULL,
      "at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "usulan_history_pk" PRIMARY KEY ("usulan_id", "revision")
    )`);
    for (const sql of messagingTablesUp('proposals')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of messagingTablesDown('proposals')) await q.query(sql);
    await q.query(`DROP TABLE "proposals"."usulan_history"`);
    await q.query(`DROP TABLE "proposals"."usulan"`);
  }
}
