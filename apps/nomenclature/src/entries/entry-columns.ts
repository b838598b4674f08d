import { EntryRecord } from './entry-record';

/** Every stored column of an entry (besides `version_id`): property, SQL column, SQL type. */
export const ENTRY_COLUMNS = [
  ['level', 'level', 'text'],
  ['code', 'code', 'text'],
  ['sourceCode', 'source_code', 'text'],
  ['name', 'name', 'text'],
  ['urusanCode', 'urusan_code', 'text'],
  ['bidangCode', 'bidang_code', 'text'],
  ['bidangName', 'bidang_name', 'text'],
  ['programCode', 'program_code', 'text'],
  ['programName', 'program_name', 'text'],
  ['kegiatanCode', 'kegiatan_code', 'text'],
  ['kegiatanName', 'kegiatan_name', 'text'],
  ['kinerja', 'kinerja', 'text'],
  ['indikator', 'indikator', 'text'],
  ['satuan', 'satuan', 'text'],
  ['spm', 'spm', 'boolean'],
  ['jenis', 'jenis', 'text'],
  ['pelaksana', 'pelaksana', 'text'],
  ['tags', 'tags', 'jsonb'],
  ['replacesCode', 'replaces_code', 'text'],
  ['replacesName', 'replaces_name', 'text'],
  ['line', 'line', 'integer'],
  ['nameKey', 'name_key', 'text'],
  ['searchText', 'search_text', 'text'],
] as const satisfies readonly (readonly [keyof EntryRecord, string, 'text' | 'boolean' | 'jsonb' | 'integer'])[];

/** `source_code AS "sourceCode", …`: raw rows come back shaped as EntryRecord. */
export const ENTRY_SELECT = ENTRY_COLUMNS.map(([property, column]) => (property === column ? `"${column}"` : `"${column}" AS "${property}"`)).join(', ');

/**
 * `INSERT … SELECT $1, * FROM unnest($2::text[], …)` for a batch of entries: one statement and
 * one array per column instead of one statement per row, which is what makes 7,581 rows take
 * milliseconds rather than seconds.
 */
export function entryInsertStatement(schema: string): string {
  const columns = ENTRY_COLUMNS.map(([, column]) => `"${column}"`).join(', ');
  const arrays = ENTRY_COLUMNS.map(([, , type], i) => `$${i + 2}::${type}[]`).join(', ');
  return `INSERT INTO "${schema}"."entry" ("version_id", ${columns}) SELECT $1, * FROM unnest(${arrays})`;
}

/** The column arrays of a batch, in ENTRY_COLUMNS order. */
export function entryInsertArrays(records: readonly EntryRecord[]): unknown[][] {
  return ENTRY_COLUMNS.map(([property, , type]) => records.map((record) => (type === 'jsonb' ? JSON.stringify(record[property]) : record[property])));
}
