import { EntityManager } from 'typeorm';
import { ConsumedEvent } from './consumed-event';
import type { Tombstone } from './event-consumer';

/** The inbox of one consumer group in one service's schema: which events (and tombstones) it has applied. */
export class Inbox {
  constructor(
    private readonly schema: string,
    private readonly groupId: string,
    /** The handler's own writes make a second delivery change nothing: its events are not claimed (its tombstones are). */
    private readonly idempotent = false,
  ) {}

  /**
   * Writes the inbox rows first and keeps the events whose row is new: one statement instead of
   * a look-up and a later insert (the look-up alone took a third of a replay's database time).
   * If another instance is applying the same event, this waits for its transaction: committed,
   * the event is skipped here; rolled back, it is applied here. Nothing is applied twice.
   *
   * Tombstones have no event id; they are claimed under their place in the log. Without that, a
   * redelivered range (a partition moving between instances mid-transaction) re-applied every
   * tombstone while skipping the entries around it: a code retired and then restored in one
   * range ended up removed.
   */
  async claim(manager: EntityManager, events: ConsumedEvent[], tombstones: Tombstone[]): Promise<{ events: ConsumedEvent[]; tombstones: Tombstone[] }> {
    const claimsEvents = !this.idempotent;
    const claims = [
      ...(claimsEvents ? events : []).map((e) => ({ id: e.event.id, topic: e.topic, partition: e.partition, offset: e.offset })),
      ...tombstones.map((t) => ({ id: tombstoneId(t), topic: t.topic, partition: t.partition, offset: t.offset })),
    ];
    if (claims.length === 0) return { events, tombstones };
    const rows: { event_id: string }[] = await manager.query(
      `INSERT INTO "${this.schema}"."inbox" (consumer_group, event_id, topic, partition, "offset")
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::bigint[])
       ON CONFLICT (consumer_group, event_id) DO NOTHING RETURNING event_id`,
      [this.groupId, claims.map((c) => c.id), claims.map((c) => c.topic), claims.map((c) => c.partition), claims.map((c) => c.offset)],
    );
    const claimed = new Set(rows.map((r) => r.event_id));
    return {
      events: claimsEvents ? events.filter((e) => claimed.has(e.event.id)) : events,
      tombstones: tombstones.filter((t) => claimed.has(tombstoneId(t))),
    };
  }

  /** Refused events are not marked applied, so a redelivery refuses them again instead of silently skipping. */
  async release(manager: EntityManager, eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await manager.query(`DELETE FROM "${this.schema}"."inbox" WHERE consumer_group = $1 AND event_id = ANY($2::text[])`, [this.groupId, eventIds]);
  }
}

/** A tombstone's inbox id: where it sits in the log (it carries no event id). */
export function tombstoneId(t: Tombstone): string {
  return `tombstone:${t.topic}:${t.partition}:${t.offset}`;
}
