import { EntityManager } from 'typeorm';
import { PRIORITY_EVENT_TYPES, PriorityStateV1 } from '@selaras/contracts';
import { ConsumedEvent } from '@selaras/messaging';
import { latestByRevision } from '../proposals/proposal-row';
import { ReadModelChange } from '../read-models/change-log';
import { Projection } from '../read-models/projection';

const PRIORITY_TYPES = new Set<string>(Object.values(PRIORITY_EVENT_TYPES));

/** Provincial priorities from `proposals.priorities`: full state per event, newest revision wins. */
export class PriorityProjection extends Projection {
  protected async project(manager: EntityManager, events: ConsumedEvent[]): Promise<ReadModelChange[]> {
    const latest = latestByRevision(
      events.filter((e) => PRIORITY_TYPES.has(e.event.type)).map((e) => ({ state: e.event.data as PriorityStateV1, eventId: e.event.id, type: e.event.type })),
    );
    if (latest.length === 0) return [];
    const changed: { id: string; province: string; year: number; code: string; title: string; status: string; revision: number }[] = await manager.query(
      `INSERT INTO ${this.table('priority_view')} AS v (id, province, year, code, title, status, revision, state, updated_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[], $8::jsonb[], $9::timestamptz[])
       ON CONFLICT (id) DO UPDATE SET
         province = EXCLUDED.province, year = EXCLUDED.year, code = EXCLUDED.code, title = EXCLUDED.title, status = EXCLUDED.status,
         revision = EXCLUDED.revision, state = EXCLUDED.state, updated_at = EXCLUDED.updated_at
       WHERE v.revision < EXCLUDED.revision
       RETURNING id, province, year, code, title, status, revision`,
      [
        latest.map((l) => l.state.id),
        latest.map((l) => l.state.province),
        latest.map((l) => l.state.year),
        latest.map((l) => l.state.code),
        latest.map((l) => l.state.title),
        latest.map((l) => l.state.status),
        latest.map((l) => l.state.revision),
        latest.map((l) => JSON.stringify(l.state)),
        latest.map((l) => l.state.updatedAt),
      ],
    );
    const eventOf = new Map(latest.map((l) => [l.state.id, l.eventId]));
    return changed.map((row) => ({
      eventId: eventOf.get(row.id) ?? null,
      province: row.province,
      region: row.province,
      year: row.year,
      kind: 'priority',
      data: { id: row.id, province: row.province, year: row.year, code: row.code, title: row.title, status: row.status, revision: row.revision },
    }));
  }
}
