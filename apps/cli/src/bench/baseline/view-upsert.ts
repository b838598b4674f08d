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

function arrayLiteral(items: readonly (string | number)[]): string {
  return `{${items.map((i) => `"${String(i).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
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
  const k = list.map((r) => keys(r.state.subKegiatan));
  await pool.query(
    `INSERT INTO baseline.${table} AS v (id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key,
       pagu_indikatif, locations, spbe_indicators, revision, state, last_event_type, updated_at)
     SELECT id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key, pagu, locations::text[], spbe::int[], revision, state, type, updated_at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                 $11::bigint[], $12::text[], $13::text[], $14::int[], $15::json[], $16::text[], $17::timestamptz[])
       AS t(id, region, province, year, stage, status, sub_kegiatan, bidang_key, program_key, kegiatan_key, pagu, locations, spbe, revision, state, type, updated_at)
     ON CONFLICT (id) DO UPDATE SET
       region = EXCLUDED.region, province = EXCLUDED.province, year = EXCLUDED.year, stage = EXCLUDED.stage, status = EXCLUDED.status,
       sub_kegiatan = EXCLUDED.sub_kegiatan, bidang_key = EXCLUDED.bidang_key, program_key = EXCLUDED.program_key, kegiatan_key = EXCLUDED.kegiatan_key,
       pagu_indikatif = EXCLUDED.pagu_indikatif, locations = EXCLUDED.locations, spbe_indicators = EXCLUDED.spbe_indicators,
       revision = EXCLUDED.revision, state = EXCLUDED.state, last_event_type = EXCLUDED.last_event_type, updated_at = EXCLUDED.updated_at
     WHERE v.revision < EXCLUDED.revision`,
    [
      list.map((r) => r.state.id),
      list.map((r) => r.state.region),
      list.map((r) => r.state.region.slice(0, 2)),
      list.map((r) => r.state.year),
      list.map((r) => r.state.stage),
      list.map((r) => r.state.status),
      list.map((r) => r.state.subKegiatan),
      k.map((x) => x[0]),
      k.map((x) => x[1]),
      k.map((x) => x[2]),
      list.map((r) => r.state.paguIndikatif),
      list.map((r) => arrayLiteral(r.state.locations ?? [])),
      list.map((r) => arrayLiteral(r.state.spbeIndicators ?? [])),
      list.map((r) => r.state.revision),
      list.map((r) => JSON.stringify(r.state)),
      list.map((r) => r.type),
      list.map((r) => r.state.updatedAt),
    ],
  );
}
