import { DataSource } from 'typeorm';

/** Rows removed per transaction, so that pruning a backlog never holds a long lock or transaction. */
const PRUNE_CHUNK = 5000;

export interface PruneOutcome {
  removed: number;
  /** Every change with an id up to this one is gone (0: none ever was). */
  prunedThrough: bigint;
}

/**
 * Removes the changes older than `retainMs` from the change log, oldest first, and moves the
 * horizon (`change_log_horizon.pruned_through`) with each chunk, in the chunk's transaction: a
 * stream client that resumes from before the horizon is sent `resync` rather than the changes
 * after it alone (change-stream.hub.ts). Ids are drawn in commit order, not in `created_at`
 * order, so everything up to the newest id old enough goes: a gap-free cut.
 *
 * One instance prunes at a time (a transaction-scoped advisory lock); another finding it taken
 * does nothing this round.
 */
export async function pruneChangeLog(dataSource: DataSource, retainMs: number): Promise<PruneOutcome> {
  const [{ through }] = await dataSource.query(
    `SELECT max(id)::text AS through FROM "reporting"."change_log" WHERE created_at < now() - make_interval(secs => $1::double precision / 1000)`,
    [retainMs],
  );
  let removed = 0;
  if (through === null) return { removed, prunedThrough: await horizon(dataSource) };
  for (;;) {
    const chunk = await dataSource.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext('reporting.change_log.prune')) AS locked`);
      if (!locked) return null;
      // TypeORM answers a DELETE with [rows, rowCount], not with the rows.
      const [gone]: [{ id: string }[], number] = await tx.query(
        `DELETE FROM "reporting"."change_log" WHERE id IN (
           SELECT id FROM "reporting"."change_log" WHERE id <= $1 ORDER BY id LIMIT ${PRUNE_CHUNK}
         ) RETURNING id`,
        [through],
      );
      if (gone.length === 0) return { removed: 0 };
      const last = gone.reduce((max, r) => (BigInt(r.id) > max ? BigInt(r.id) : max), 0n);
      await tx.query(
        `UPDATE "reporting"."change_log_horizon" SET pruned_through = GREATEST(pruned_through, $1::bigint), pruned_at = now()`,
        [last.toString()],
      );
      return { removed: gone.length };
    });
    if (chunk === null) return { removed, prunedThrough: await horizon(dataSource) };
    removed += chunk.removed;
    if (chunk.removed < PRUNE_CHUNK) return { removed, prunedThrough: await horizon(dataSource) };
  }
}

async function horizon(dataSource: DataSource): Promise<bigint> {
  const [row] = await dataSource.query(`SELECT pruned_through::text AS through FROM "reporting"."change_log_horizon"`);
  return BigInt(row?.through ?? 0);
}
