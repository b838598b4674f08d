import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change log is pruned after a retention period (it grew with every change of the year: about
 * 11 M rows a year at national scale). `change_log_horizon` records the highest id removed, so a
 * dashboard resuming from before it is told to reload instead of silently missing what was
 * removed. Ids have gaps of their own (a conflicting insert draws one too), so the oldest id kept
 * cannot tell this.
 */
export class ChangeLogHorizon1765000000000 implements MigrationInterface {
  name = 'ChangeLogHorizon1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "reporting"."change_log_horizon" (
      "singleton" boolean PRIMARY KEY DEFAULT true CHECK ("singleton"),
      "pruned_through" bigint NOT NULL,
      "pruned_at" timestamptz
    )`);
    await q.query(`INSERT INTO "reporting"."change_log_horizon" ("pruned_through") VALUES (0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "reporting"."change_log_horizon"`);
  }
}
