import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inbound refusals are filed under who sent them (issue 23): `region` becomes the sender's region
 * (the token's, or the verified key's; null when the sender is unproven, which only admins read),
 * the region the event named moves to `claimed_region`, and the sender's subject is kept. The raw
 * message is kept as its head with the SHA-256 and size of the whole.
 */
export class RejectionSender1766200001000 implements MigrationInterface {
  name = 'RejectionSender1766200001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposals"."inbound_rejection"
      ADD COLUMN "claimed_region" text,
      ADD COLUMN "sender_subject" text,
      ADD COLUMN "raw_sha256" text,
      ADD COLUMN "raw_bytes" integer`);
    // Rows before this change named the event's region only; it stays their region, and their claim.
    await q.query(`UPDATE "proposals"."inbound_rejection" SET "claimed_region" = "region"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposals"."inbound_rejection" DROP COLUMN "claimed_region", DROP COLUMN "sender_subject", DROP COLUMN "raw_sha256", DROP COLUMN "raw_bytes"`);
  }
}
