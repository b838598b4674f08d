import { EntityManager } from 'typeorm';
import { PROPOSAL_EVENT_TYPES, ProposalStateV1 } from '@selaras/contracts';
import { ConsumedEvent, Tombstone } from '@selaras/messaging';
import { jsonArrayParameter, jsonTextsParameter, jsonTextsSql } from '@selaras/persistence';
import { ReadModelChange } from '../read-models/change-log';
import { Projection } from '../read-models/projection';
import { latestByRevision, proposalKeys } from './proposal-row';

const PROPOSAL_TYPES = new Set<string>(Object.values(PROPOSAL_EVENT_TYPES));

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
  /**
   * A delivery seen before changes nothing: its revision is not newer than the row's (the upsert
   * is skipped and no change is logged), and the change log is unique by event id. So the
   * consumer keeps no inbox rows for it: a row per event and a statement per transaction less.
   */
  readonly idempotent = true;

  protected async project(manager: EntityManager, events: ConsumedEvent[], _tombstones: Tombstone[], logsChanges: boolean): Promise<ReadModelChange[]> {
    const latest = latestByRevision(
      events.filter((e) => PROPOSAL_TYPES.has(e.event.type)).map((e) => ({ state: e.event.data as ProposalStateV1, eventId: e.event.id, type: e.event.type })),
    );
    if (latest.length === 0) return [];
    // The rows travel as one JSON document that PostgreSQL takes apart (json_to_recordset turns
    // JSON arrays into the text[]/int[] columns) instead of array literals, which cost
    // node-postgres ~25 µs an usulan to escape; the states beside it as texts, stored as they
    // are (json) without being lexed inside the document first.
    const rows = latest.map((l) => {
      const keys = proposalKeys(l.state);
      const { state } = l;
      return {
        id: state.id, region: state.region, province: keys.province, year: state.year, stage: state.stage, status: state.status,
        sub_kegiatan: state.subKegiatan, bidang_key: keys.bidangKey, program_key: keys.programKey, kegiatan_key: keys.kegiatanKey,
        pagu: state.paguIndikatif, locations: state.locations, spbe: state.spbeIndicators ?? [], revision: state.revision, type: l.type, updated_at: state.updatedAt,
      };
    });
    const changed: ChangedRow[] = await manager.query(
      `INSERT INTO ${this.table('proposal_view')} AS v (id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key,
         pagu_indikatif, locations, spbe_indicators, revision, state, last_event_type, updated_at)
       SELECT id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key, pagu,
              locations, spbe, revision, state::json, type, updated_at
       FROM ROWS FROM (
         json_to_recordset($1::json) AS (id uuid, region text, province text, year int, stage text, status text, sub_kegiatan text, bidang_key text,
           program_key text, kegiatan_key text, pagu bigint, locations text[], spbe int[], revision int, type text, updated_at timestamptz),
         ${jsonTextsSql('$2')}
       ) AS t(id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key, pagu, locations, spbe, revision, type, updated_at, state)
       ON CONFLICT (id) DO UPDATE SET
         region = EXCLUDED.region, province = EXCLUDED.province, year = EXCLUDED.year, stage = EXCLUDED.stage, status = EXCLUDED.status,
         sub_kegiatan = EXCLUDED.sub_kegiatan, bidang_key = EXCLUDED.bidang_key, program_key = EXCLUDED.program_key, kegiatan_key = EXCLUDED.kegiatan_key,
         pagu_indikatif = EXCLUDED.pagu_indikatif, locations = EXCLUDED.locations, spbe_indicators = EXCLUDED.spbe_indicators,
         revision = EXCLUDED.revision, state = EXCLUDED.state, last_event_type = EXCLUDED.last_event_type, updated_at = EXCLUDED.updated_at
       WHERE v.revision < EXCLUDED.revision
       ${logsChanges ? 'RETURNING id, region, province, year, stage, status, sub_kegiatan, pagu_indikatif, revision' : ''}`,
      [jsonArrayParameter(rows), jsonTextsParameter(latest.map((l) => l.state))],
    );
    // A rebuild catching up: nobody reads its changes, and a returned row per usulan costs
    // PostgreSQL its output, node-postgres its parsing and the collector its objects.
    if (!logsChanges) return [];
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
