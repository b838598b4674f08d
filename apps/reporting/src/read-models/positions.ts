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

/** What the group recorded, a row per partition it has applied anything of. */
export async function recordedPositions(db: Queryable, groupId: string): Promise<{ topic: string; partition: number; nextOffset: string }[]> {
  const rows: { topic: string; partition: number; next_offset: string }[] = await db.query(
    `SELECT topic, partition, next_offset FROM "reporting"."projection_position" WHERE consumer_group = $1`,
    [groupId],
  );
  return rows.map((r) => ({ topic: r.topic, partition: Number(r.partition), nextOffset: String(r.next_offset) }));
}

export async function positionsOf(db: Queryable, groupId: string): Promise<Positions> {
  return new Map((await recordedPositions(db, groupId)).map((r) => [partitionKey(r.topic, r.partition), BigInt(r.nextOffset)]));
}
