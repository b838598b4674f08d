import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A regency key is requested by its kab/kota and usable only once the province's coordinator
 * approves it (issue 22 item 5). Keys registered before this migration were registered by a
 * coordinator alone, the hole this closes: they stay pending, so a kab/kota re-requests its key
 * (or the coordinator approves an existing one only after the kab/kota has asked for it anew).
 */
export class RegencyKeyApproval1766610000000 implements MigrationInterface {
  name = 'RegencyKeyApproval1766610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposals"."regency_key"
      ADD COLUMN "requested_by_region" text,
      ADD COLUMN "approved_by" text,
      ADD COLUMN "approved_by_region" text,
      ADD COLUMN "approved_at" timestamptz,
      ADD COLUMN "revoked_by" text,
      ADD COLUMN "revoked_by_region" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposals"."regency_key"
      DROP COLUMN "requested_by_region", DROP COLUMN "approved_by", DROP COLUMN "approved_by_region",
      DROP COLUMN "approved_at", DROP COLUMN "revoked_by", DROP COLUMN "revoked_by_region"`);
  }
}
