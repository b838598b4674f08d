import { jsonArrayParameter } from '@selaras/persistence';
import { Queryable } from './queryable';

export type ChangeKind = 'proposal' | 'priority' | 'spbe' | 'catalog' | 'overlap-review' | 'integration';

/** One change applied to a read model, as dashboards receive it on the stream. */
export interface ReadModelChange {
  /** The event that caused it; null for batch-level changes (catalog loads, tombstones). */
  eventId: string | null;
  /** Null when the change concerns every province (the nomenclature catalog). */
  province: string | null;
  region: string | null;
  year: number | null;
  kind: ChangeKind;
  data: Record<string, unknown>;
}

/** Every reporting instance LISTENs here; the payload lists the provinces touched (`*` = all). */
export const CHANGE_CHANNEL = 'reporting_changes';

/**
 * Appends changes in the transaction that applied them, and notifies listeners at commit.
 *
 * The ids must reach readers in id order, or a reader that has seen id 105 would skip 104 when
 * 104 commits later. A transaction-scoped advisory lock taken just before the insert makes the
 * change-writing transactions commit one at a time, in the order their ids were drawn. It is
 * held only for the tail of each transaction (this insert, the inbox rows, the commit).
 */
export async function appendChanges(tx: Queryable, changes: readonly ReadModelChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('reporting.change_log'))`);
  // One JSON document rather than a jsonb[] array literal: each change's data nests as JSON
  // instead of being escaped by node-postgres and unescaped again by PostgreSQL.
  const rows = changes.map((c) => ({ event_id: c.eventId, province: c.province, region: c.region, year: c.year, kind: c.kind, data: c.data }));
  const inserted: { province: string | null }[] = await tx.query(
    `INSERT INTO "reporting"."change_log" (event_id, province, region, year, kind, data)
     SELECT event_id, province, region, year, kind, data
     FROM ROWS FROM (json_to_recordset($1::json) AS (event_id uuid, province text, region text, year int, kind text, data jsonb)) WITH ORDINALITY AS t(event_id, province, region, year, kind, data, n)
     ORDER BY n
     ON CONFLICT (event_id) WHERE event_id IS NOT NULL DO NOTHING
     RETURNING province`,
    [jsonArrayParameter(rows)],
  );
  if (inserted.length === 0) return 0;
  const provinces = [...new Set(inserted.map((r) => r.province ?? '*'))];
  await tx.query(`SELECT pg_notify($1, $2)`, [CHANGE_CHANNEL, provinces.join(',')]);
  return inserted.length;
}
