import { EntityManager } from 'typeorm';
import { PROPOSAL_EVENT_TYPES, ProposalStateV1 } from '@selaras/contracts';
import { ConsumedEvent } from '@selaras/messaging';
import { ReadModelChange } from '../read-models/change-log';
import { Projection } from '../read-models/projection';
import { latestByRevision, proposalKeys } from './proposal-row';

const PROPOSAL_TYPES = new Set<string>(Object.values(PROPOSAL_EVENT_TYPES));

/**
 * One array per row cannot travel in `unnest` (a 2-D array would be flattened), so each row's
 * array goes as a PostgreSQL array literal and is cast per row. Elements are codes and numbers
 * the contract already checked (digits and dots), quoted anyway.
 */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((i) => `"${i.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

interface ChangedRow {
  id: string;
  region: string;
  province: string;
  year: number;
  stage: string;
  status: string;
  sub_kegiatan: string;
  pagu_indikatif: string;
  revision: number;
}

/**
 * Keeps the latest state of every usulan from `proposals.events`. Each event carries the full
 * state, so applying a batch is one upsert guarded by the revision: an older revision arriving
 * late (or again) never overwrites a newer one, and only rows that really changed are logged.
 */
export class ProposalProjection extends Projection {
  protected async project(manager: EntityManager, events: ConsumedEvent[]): Promise<ReadModelChange[]> {
    const latest = latestByRevision(
      events.filter((e) => PROPOSAL_TYPES.has(e.event.type)).map((e) => ({ state: e.event.data as ProposalStateV1, eventId: e.event.id, type: e.event.type })),
    );
    if (latest.length === 0) return [];
    const keys = latest.map((l) => proposalKeys(l.state));
    const changed: ChangedRow[] = await manager.query(
      `INSERT INTO ${this.table('proposal_view')} AS v (id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key,
         pagu_indikatif, locations, spbe_indicators, revision, state, last_event_type, updated_at)
       SELECT id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key, pagu,
              locations::text[], spbe::int[], revision, state, type, updated_at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                   $11::bigint[], $12::text[], $13::text[], $14::int[], $15::json[], $16::text[], $17::timestamptz[])
         AS t(id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key, pagu, locations, spbe, revision, state, type, updated_at)
       ON CONFLICT (id) DO UPDATE SET
         region = EXCLUDED.region, province = EXCLUDED.province, year = EXCLUDED.year, stage = EXCLUDED.stage, status = EXCLUDED.status,
         sub_kegiatan = EXCLUDED.sub_kegiatan, bidang_key = EXCLUDED.bidang_key, program_key = EXCLUDED.program_key, kegiatan_key = EXCLUDED.kegiatan_key,
         pagu_indikatif = EXCLUDED.pagu_indikatif, locations = EXCLUDED.locations, spbe_indicators = EXCLUDED.spbe_indicators,
         revision = EXCLUDED.revision, state = EXCLUDED.state, last_event_type = EXCLUDED.last_event_type, updated_at = EXCLUDED.updated_at
       WHERE v.revision < EXCLUDED.revision
       RETURNING id, region, province, year, stage, status, sub_kegiatan, pagu_indikatif, revision`,
      [
        latest.map((l) => l.state.id),
        latest.map((l) => l.state.region),
        keys.map((k) => k.province),
        latest.map((l) => l.state.year),
        latest.map((l) => l.state.stage),
        latest.map((l) => l.state.status),
        latest.map((l) => l.state.subKegiatan),
        keys.map((k) => k.bidangKey),
        keys.map((k) => k.programKey),
        keys.map((k) => k.kegiatanKey),
        latest.map((l) => l.state.paguIndikatif),
        latest.map((l) => arrayLiteral(l.state.locations)),
        latest.map((l) => arrayLiteral((l.state.spbeIndicators ?? []).map(String))),
        latest.map((l) => l.state.revision),
        latest.map((l) => JSON.stringify(l.state)),
        latest.map((l) => l.type),
        latest.map((l) => l.state.updatedAt),
      ],
    );
    const eventOf = new Map(latest.map((l) => [l.state.id, l]));
    return changed.map((row) => ({
      eventId: eventOf.get(row.id)?.eventId ?? null,
      province: row.province,
      region: row.region,
      year: row.year,
      kind: 'proposal',
      data: {
        type: eventOf.get(row.id)?.type,
        id: row.id,
        region: row.region,
        year: row.year,
        stage: row.stage,
        status: row.status,
        subKegiatan: row.sub_kegiatan,
        paguIndikatif: Number(row.pagu_indikatif),
        revision: row.revision,
      },
    }));
  }
}
