import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A target belongs to a framework (issue 27): the IKU target of a year is set on Indeks SPBE
 * (59/2020) or on Indeks Pemdi (8/2026), two different scales. Every target stored before was
 * set on Indeks SPBE, the only framework there was, so existing rows get 59/2020; the default
 * is dropped afterwards so new rows always name theirs.
 */
export class TargetFramework1766420000000 implements MigrationInterface {
  name = 'TargetFramework1766420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "spbe"."target" ADD COLUMN "framework_id" text NOT NULL DEFAULT 'permenpanrb-59-2020'`);
    await q.query(`ALTER TABLE "spbe"."target" ALTER COLUMN "framework_id" DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "spbe"."target" DROP COLUMN "framework_id"`);
  }
}
