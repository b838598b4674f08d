import { EntityManager } from 'typeorm';
import { OVERLAP_REVIEW_EVENT_TYPES, OverlapReviewStateV1 } from '@selaras/contracts';
import { ConsumedEvent } from '@selaras/messaging';
import { latestByRevision } from '../proposals/proposal-row';
import { ReadModelChange } from '../read-models/change-log';
import { Projection } from '../read-models/projection';

const REVIEW_TYPES = new Set<string>(Object.values(OVERLAP_REVIEW_EVENT_TYPES));

/** Overlap reviews from `proposals.overlap-reviews`: full state per event, newest revision wins. */
export class OverlapReviewProjection extends Projection {
  protected async project(manager: EntityManager, events: ConsumedEvent[]): Promise<ReadModelChange[]> {
    const latest = latestByRevision(
      events.filter((e) => REVIEW_TYPES.has(e.event.type)).map((e) => ({ state: e.event.data as OverlapReviewStateV1, eventId: e.event.id, type: e.event.type })),
    );
    if (latest.length === 0) return [];
    const changed: { id: string; province: string; region: string; year: number; status: string; verdict: string; revision: number }[] = await manager.query(
      `INSERT INTO ${this.table('overlap_review')} AS v (id, province, region, year, status, verdict, revision, state)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::int[], $8::jsonb[])
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, verdict = EXCLUDED.verdict, revision = EXCLUDED.revision, state = EXCLUDED.state
       WHERE v.revision < EXCLUDED.revision
       RETURNING id, province, region, year, status, verdict, revision`,
      [
        latest.map((l) => l.state.id),
        latest.map((l) => l.state.province),
        latest.map((l) => l.state.region),
        latest.map((l) => l.state.year),
        latest.map((l) => l.state.status),
        latest.map((l) => l.state.verdict),
        latest.map((l) => l.state.revision),
        latest.map((l) => JSON.stringify(l.state)),
      ],
    );
    const eventOf = new Map(latest.map((l) => [l.state.id, l.eventId]));
    return changed.map((row) => ({ eventId: eventOf.get(row.id) ?? null, province: row.province, region: row.region, year: row.year, kind: 'overlap-review', data: row }));
  }
}
