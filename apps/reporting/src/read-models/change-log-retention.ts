import { DataSource } from 'typeorm';

/** Rows removed per transaction, so that pruning a backlog never holds a long lock or transaction. */
const PRUNE_CHUNK = 5000;

export interface PruneOutcome {
  removed: number;
  /** The highest id this round removed (null: it removed none). */
  removedThrough: bigint | null;
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
  const outcome: PruneOutcome = { removed: 0, removedThrough: null };
  if (through === null) return outcome;
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
      if (gone.length === 0) return { removed: 0, last: null };
      const last = gone.reduce((max, r) => (BigInt(r.id) > max ? BigInt(r.id) : max), 0n);
      await tx.query(
        `UPDATE "reporting"."change_log_horizon" SET pruned_through = GREATEST(pruned_through, $1::bigint), pruned_at = now()`,
        [last.toString()],
      );
      return { removed: gone.length, last };
    });
    if (chunk === null) return outcome;
    outcome.removed += chunk.removed;
    outcome.removedThrough = chunk.last ?? outcome.removedThrough;
    if (chunk.removed < PRUNE_CHUNK) return outcome;
  }
}
