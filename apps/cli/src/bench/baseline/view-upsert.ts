import { Pool } from 'pg';

/** The fields of a proposal state the view stores; events are taken as they come, unchecked. */
interface StateLike {
  id: string;
  region: string;
  year: number;
  stage: string;
  status: string;
  subKegiatan: string;
  paguIndikatif: number;
  locations?: string[];
  spbeIndicators?: number[];
  revision: number;
  updatedAt: string;
}

export interface ViewRow {
  state: StateLike;
  type: string;
}

/** `2.16.03.2.02.0041` → bidang `2.16`, program `2.16.03`, kegiatan meaning `2.16.03.02`. */
function keys(code: string): [string, string, string] {
  const p = code.split('.');
  return [`${p[0]}.${p[1]}`, `${p[0]}.${p[1]}.${p[2]}`, `${p[0]}.${p[1]}.${p[2]}.${p[4]}`];
}

/**
 * The same set-based upsert reporting's proposal projection runs (one statement per batch,
 * newest revision wins), written directly against node-postgres.
 */
export async function upsertView(pool: Pool, table: string, rows: readonly ViewRow[]): Promise<void> {
  const latest = new Map<string, ViewRow>();
  for (const row of rows) {
    const seen = latest.get(row.state.id);
    if (!seen || seen.state.revision < row.state.revision) latest.set(row.state.id, row);
  }
  const list = [...latest.values()];
  if (list.length === 0) return;
  const document = list.map(({ state, type }) => {
    const [bidang, program, kegiatan] = keys(state.subKegiatan);
    return {
      id: state.id, region: state.region, province: state.region.slice(0, 2), year: state.year, stage: state.stage, status: state.status,
      sub_kegiatan: state.subKegiatan, bidang_key: bidang, program_key: program, kegiatan_key: kegiatan, pagu: state.paguIndikatif,
      locations: state.locations ?? [], spbe: state.spbeIndicators ?? [], revision: state.revision, state, type, updated_at: state.updatedAt,
    };
  });
  await pool.query(
    `INSERT INTO baseline.${table} AS v (id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key,
       pagu_indikatif, locations, spbe_indicators, revision, state, last_event_type, updated_at)
     SELECT id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key, pagu, locations, spbe, revision, state, type, updated_at
     FROM json_to_recordset($1::json)
       AS t(id uuid, region text, province text, year int, stage text, status text, sub_kegiatan text, bidang_key text, program_key text, kegiatan_key text,
            pagu bigint, locations text[], spbe int[], revision int, state json, type text, updated_at timestamptz)
     ON CONFLICT (id) DO UPDATE SET
       region = EXCLUDED.region, province = EXCLUDED.province, year = EXCLUDED.year, stage = EXCLUDED.stage, status = EXCLUDED.status,
       sub_kegiatan = EXCLUDED.sub_kegiatan, bidang_key = EXCLUDED.bidang_key, program_key = EXCLUDED.program_key, kegiatan_key = EXCLUDED.kegiatan_key,
       pagu_indikatif = EXCLUDED.pagu_indikatif, locations = EXCLUDED.locations, spbe_indicators = EXCLUDED.spbe_indicators,
       revision = EXCLUDED.revision, state = EXCLUDED.state, last_event_type = EXCLUDED.last_event_type, updated_at = EXCLUDED.updated_at
     WHERE v.revision < EXCLUDED.revision`,
    [JSON.stringify(document)],
  );
}
