import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coordinators' reviews of overlaps (issue 26): the current review of each overlap (the pair of
 * usulan), and every revision of it (who, when, why; reopenings too) in history.
 */
export class OverlapReviews1766300000000 implements MigrationInterface {
  name = 'OverlapReviews1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "proposals"."overlap_review" (
      "id" text PRIMARY KEY,
      "province" text NOT NULL,
      "region" text NOT NULL,
      "year" integer NOT NULL,
      "province_proposal_id" uuid NOT NULL,
      "kab_kota_proposal_id" uuid NOT NULL,
      "status" text NOT NULL,
      "verdict" text NOT NULL,
      "revision" integer NOT NULL,
      "state" jsonb NOT NULL,
      "updated_at" timestamptz NOT NULL
    )`);
    // A change of an usulan looks up the reviews it may reopen by either side.
    await q.query(`CREATE INDEX "overlap_review_province_proposal_idx" ON "proposals"."overlap_review" ("province_proposal_id")`);
    await q.query(`CREATE INDEX "overlap_review_kab_kota_proposal_idx" ON "proposals"."overlap_review" ("kab_kota_proposal_id")`);
    await q.query(`CREATE INDEX "overlap_review_region_year_idx" ON "proposals"."overlap_review" ("province", "region", "year")`);
    await q.query(`CREATE TABLE "proposals"."overlap_review_history" (
      "overlap_id" text NOT NULL,
      "revision" integer NOT NULL,
      "event_type" text NOT NULL,
      "event_id" uuid NOT NULL,
      "state" jsonb NOT NULL,
      "at" timestamptz NOT NULL,
      PRIMARY KEY ("overlap_id", "revision")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "proposals"."overlap_review_history"`);
    await q.query(`DROP TABLE "proposals"."overlap_review"`);
  }
}
