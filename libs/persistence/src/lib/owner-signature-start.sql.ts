import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each partition of an owned topic began to be checked for its owner's signature (issue 23):
 * the first offset a consumer of this schema saw when it started checking. Messages before it
 * were written before owners signed (or were applied as trusted then) and replay unsigned; every
 * message at or after it must be signed. Recorded once per partition and never moved, so a rebuild
 * of a read model years later trusts exactly the same history.
 */
export function ownerSignatureStartUp(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}"."owner_signature_start" (
      "topic" text NOT NULL,
      "partition" integer NOT NULL,
      "unsigned_before" bigint NOT NULL,
      "recorded_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_${schema}_owner_signature_start" PRIMARY KEY ("topic", "partition")
    )`,
  ];
}

export function ownerSignatureStartDown(schema: string): string[] {
  return [`DROP TABLE "${schema}"."owner_signature_start"`];
}

/** The migration of every service that consumes an owned topic (proposals, reporting). Never change what it does once merged. */
export function ownerSignatureStartMigration(schema: string): new () => MigrationInterface {
  return class OwnerSignatureStart1766200000000 implements MigrationInterface {
    name = 'OwnerSignatureStart1766200000000';

    async up(q: QueryRunner): Promise<void> {
      for (const sql of ownerSignatureStartUp(schema)) await q.query(sql);
    }

    async down(q: QueryRunner): Promise<void> {
      for (const sql of ownerSignatureStartDown(schema)) await q.query(sql);
    }
  };
}
