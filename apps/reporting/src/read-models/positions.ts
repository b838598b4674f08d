import { Queryable } from './queryable';

export interface ConsumedAt {
  topic: string;
  partition: number;
  offset: string;
}

/** `topic:partition` → the next offset to read. */
export type Positions = Map<string, bigint>;

export function partitionKey(topic: string, partition: number): string {
  return `${topic}:${partition}`;
}

/**
 * Records how far a consumer group has applied each partition, in the transaction that applied
 * it. A replay compares these, and the group's committed Kafka offsets (committed a moment after
 * the database commit), with the topics' high watermarks to know it has caught up.
 */
export async function recordPositions(tx: Queryable, groupId: string, consumed: readonly ConsumedAt[]): Promise<void> {
  if (consumed.length === 0) return;
  const next = new Map<string, { topic: string; partition: number; offset: bigint }>();
  for (const c of consumed) {
    const key = partitionKey(c.topic, c.partition);
    const offset = BigInt(c.offset) + 1n;
    const seen = next.get(key);
    if (!seen || seen.offset < offset) next.set(key, { topic: c.topic, partition: c.partition, offset });
  }
  const rows = [...next.values()];
  await tx.query(
    `INSERT INTO "reporting"."projection_position" (consumer_group, topic, partition, next_offset)
     SELECT $1, * FROM unnest($2::text[], $3::int[], $4::bigint[])
     ON CONFLICT (consumer_group, topic, partition) DO UPDATE
       SET next_offset = GREATEST("projection_position".next_offset, EXCLUDED.next_offset), updated_at = now()`,
    [groupId, rows.map((r) => r.topic), rows.map((r) => r.partition), rows.map((r) => r.offset.toString())],
  );
}

export async function positionsOf(db: Queryable, groupId: string): Promise<Positions> {
  const rows: { topic: string; partition: number; next_offset: string }[] = await db.query(
    `SELECT topic, partition, next_offset FROM "reporting"."projection_position" WHERE consumer_group = $1`,
    [groupId],
  );
  return new Map(rows.map((r) => [partitionKey(r.topic, Number(r.partition)), BigInt(r.next_offset)]));
}

/** The next offset the group has applied of one partition, or null when it has applied none. */
export async function nextOffsetOf(db: Queryable, groupId: string, topic: string, partition: number): Promise<string | null> {
  const rows: { next_offset: string }[] = await db.query(
    `SELECT next_offset FROM "reporting"."projection_position" WHERE consumer_group = $1 AND topic = $2 AND partition = $3`,
    [groupId, topic, partition],
  );
  return rows.length > 0 ? String(rows[0].next_offset) : null;
}
