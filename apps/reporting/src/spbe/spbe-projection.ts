import { EntityManager } from 'typeorm';
import { LEGACY_SPBE_FRAMEWORK_ID, SPBE_EVENT_TYPES, SpbeIndexComputedV1, SpbeTargetSetV1 } from '@selaras/contracts';
import { provinceOf } from '@selaras/domain-region';
import { ConsumedEvent } from '@selaras/messaging';
import { ReadModelChange } from '../read-models/change-log';
import { Projection } from '../read-models/projection';

/** Keeps, per key, the item with the latest time; a tie keeps the later message. */
function latestBy<T>(items: readonly { key: string; at: string; item: T; eventId: string }[]) {
  const byKey = new Map<string, { key: string; at: string; item: T; eventId: string }>();
  for (const i of items) {
    const seen = byKey.get(i.key);
    if (!seen || Date.parse(seen.at) <= Date.parse(i.at)) byKey.set(i.key, i);
  }
  return [...byKey.values()];
}

/**
 * SPBE from `spbe.events`: the latest computed index per region, year and kind (self or
 * final) with its weakest indicators, and the target per region and year. Level records are
 * not kept: the index event already carries what reports show.
 */
export class SpbeProjection extends Projection {
  protected async project(manager: EntityManager, events: ConsumedEvent[]): Promise<ReadModelChange[]> {
    const indexes = latestBy(
      events
        .filter((e) => e.event.type === SPBE_EVENT_TYPES.indexComputed)
        .map((e) => {
          const item = e.event.data as SpbeIndexComputedV1;
          return { key: `${item.region}:${item.year}:${item.kind}`, at: item.computedAt, item, eventId: e.event.id };
        }),
    );
    const targets = latestBy(
      events
        .filter((e) => e.event.type === SPBE_EVENT_TYPES.targetSet)
        .map((e) => {
          const item = e.event.data as SpbeTargetSetV1;
          return { key: `${item.region}:${item.year}`, at: item.setAt, item, eventId: e.event.id };
        }),
    );
    return [...(await this.upsertIndexes(manager, indexes)), ...(await this.upsertTargets(manager, targets))];
  }

  private async upsertIndexes(manager: EntityManager, rows: { item: SpbeIndexComputedV1; eventId: string }[]): Promise<ReadModelChange[]> {
    if (rows.length === 0) return [];
    const items = rows.map((r) => r.item);
    const changed: { region: string; year: number; kind: string; index_text: string; predikat: string; framework_id: string }[] = await manager.query(
      `INSERT INTO ${this.table('spbe_index')} AS s (region, year, kind, province, framework_id, index, index_text, predikat, target, weakest, computed_at)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::text[], $8::text[], $9::numeric[], $10::jsonb[], $11::timestamptz[])
       ON CONFLICT (region, year, kind) DO UPDATE SET province = EXCLUDED.province, framework_id = EXCLUDED.framework_id, index = EXCLUDED.index,
         index_text = EXCLUDED.index_text, predikat = EXCLUDED.predikat, target = EXCLUDED.target, weakest = EXCLUDED.weakest, computed_at = EXCLUDED.computed_at
       WHERE s.computed_at <= EXCLUDED.computed_at
       RETURNING region, year, kind, index_text, predikat, framework_id`,
      [
        items.map((i) => i.region),
        items.map((i) => i.year),
        items.map((i) => i.kind),
        items.map((i) => provinceOf(i.region)),
        items.map((i) => i.frameworkId),
        items.map((i) => i.index),
        items.map((i) => i.indexText ?? i.index.toFixed(2)),
        items.map((i) => i.predikat),
        items.map((i) => i.target ?? null),
        items.map((i) => JSON.stringify(i.weakest)),
        items.map((i) => i.computedAt),
      ],
    );
    const eventOf = new Map(rows.map((r) => [`${r.item.region}:${r.item.year}:${r.item.kind}`, r.eventId]));
    return changed.map((c) => ({
      eventId: eventOf.get(`${c.region}:${c.year}:${c.kind}`) ?? null,
      province: provinceOf(c.region),
      region: c.region,
      year: c.year,
      kind: 'spbe',
      data: { region: c.region, year: c.year, kind: c.kind, index: c.index_text, predikat: c.predikat, frameworkId: c.framework_id },
    }));
  }

  private async upsertTargets(manager: EntityManager, rows: { item: SpbeTargetSetV1; eventId: string }[]): Promise<ReadModelChange[]> {
    if (rows.length === 0) return [];
    const items = rows.map((r) => r.item);
    // A target event from before frameworks were named was set on Indeks SPBE (59/2020).
    const changed: { region: string; year: number; target: string; framework_id: string }[] = await manager.query(
      `INSERT INTO ${this.table('spbe_target')} AS t (region, year, province, target, framework_id, set_at)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::numeric[], $5::text[], $6::timestamptz[])
       ON CONFLICT (region, year) DO UPDATE SET target = EXCLUDED.target, framework_id = EXCLUDED.framework_id, set_at = EXCLUDED.set_at
       WHERE t.set_at <= EXCLUDED.set_at
       RETURNING region, year, target, framework_id`,
      [
        items.map((i) => i.region),
        items.map((i) => i.year),
        items.map((i) => provinceOf(i.region)),
        items.map((i) => i.target),
        items.map((i) => i.frameworkId ?? LEGACY_SPBE_FRAMEWORK_ID),
        items.map((i) => i.setAt),
      ],
    );
    const eventOf = new Map(rows.map((r) => [`${r.item.region}:${r.item.year}`, r.eventId]));
    return changed.map((c) => ({
      eventId: eventOf.get(`${c.region}:${c.year}`) ?? null,
      province: provinceOf(c.region),
      region: c.region,
      year: c.year,
      kind: 'spbe',
      data: { region: c.region, year: c.year, target: Number(c.target), frameworkId: c.framework_id },
    }));
  }
}
