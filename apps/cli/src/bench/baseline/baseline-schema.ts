import { Pool } from 'pg';

/**
 * The baseline's tables: the same columns and indexes as reporting's `proposal_view` (so the
 * database does the same work per row) and a plain table of usulan for its inbound stage. No
 * inbox, no outbox, no change log: that is the framework the baseline leaves out.
 */
export function baselineDdl(): string[] {
  const view = (name: string) => [
    `CREATE TABLE baseline.${name} (
      id uuid PRIMARY KEY, region text NOT NULL, province text NOT NULL, year integer NOT NULL, stage text NOT NULL,
      status text NOT NULL, sub_kegiatan text NOT NULL, bidang_key text, program_key text, kegiatan_key text,
      pagu_indikatif bigint NOT NULL, locations text[] NOT NULL, spbe_indicators integer[] NOT NULL, revision integer NOT NULL,
      state json NOT NULL, last_event_type text NOT NULL, updated_at timestamptz NOT NULL)`,
    `CREATE INDEX ${name}_province_year_idx ON baseline.${name} (province, year)`,
    `CREATE INDEX ${name}_region_year_idx ON baseline.${name} (region, year)`,
  ];
  return [
    'DROP SCHEMA IF EXISTS baseline CASCADE',
    'CREATE SCHEMA baseline',
    `CREATE TABLE baseline.usulan (
      region text NOT NULL, external_id text NOT NULL, id uuid NOT NULL, revision integer NOT NULL, state jsonb NOT NULL,
      PRIMARY KEY (region, external_id))`,
    ...view('proposal_view'),
    ...view('replay_view'),
  ];
}

export async function createBaselineSchema(pool: Pool): Promise<void> {
  for (const sql of baselineDdl()) await pool.query(sql);
}
