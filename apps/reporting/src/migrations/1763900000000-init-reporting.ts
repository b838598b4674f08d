import { MigrationInterface, QueryRunner } from 'typeorm';
import { messagingTablesDown, messagingTablesUp } from '@selaras/persistence';

export class InitReporting1763900000000 implements MigrationInterface {
  name = 'InitReporting1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "reporting"."proposal_view" (
      "id" uuid PRIMARY KEY,
      "region" text NOT NULL,
      "province" text NOT NULL,
      "year" integer NOT NULL,
      "stage" text NOT NULL,
      "status" text NOT NULL,
      "sub_kegiatan" text NOT NULL,
      "pagu_indikatif" bigint NOT NULL,
      "revision" integer NOT NULL,
      "state" jsonb NOT NULL,
      "last_event_type" text NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "proposal_view_province_year_idx" ON "reporting"."proposal_view" ("province", "year")`);
    for (const sql of messagingTablesUp('reporting')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of messagingTablesDown('reporting')) await q.query(sql);
    await q.query(`DROP TABLE "reporting"."proposal_view"`);
  }
}
