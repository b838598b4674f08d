import { CsvError, parse } from 'csv-parse/sync';
import { NomenclatureCsvError } from './nomenclature-csv.errors';
import { detectNomenclatureCsvFormat, NOMENCLATURE_CSV_FORMATS, NomenclatureCsvFormat } from './nomenclature-csv-format';
import { NomenclatureRow } from './nomenclature-row';
import { rowFromRecord } from './row-from-record';

export interface ParseNomenclatureCsvOptions {
  /** Column set of the file; detected from the header when omitted. */
  readonly format?: NomenclatureCsvFormat;
}

export interface NomenclatureCsvResult {
  readonly format: NomenclatureCsvFormat;
  /** The version's sub kegiatan: valid, active, unique by (level, code), in file order. */
  readonly rows: NomenclatureRow[];
  /** Valid records the source marks inactive (050-3708/2020 list); not part of the version, never checked for duplicates. */
  readonly inactiveRows: NomenclatureRow[];
  /** Every problem, with its line; a row with a problem is left out of `rows`. */
  readonly errors: NomenclatureCsvError[];
  /** Problems of records the source marks inactive: not part of the version, so left out without failing the import. */
  readonly warnings: NomenclatureCsvError[];
}

interface CsvRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * Reads a nomenclature CSV (SIPD 2027 column set, or the simcan 050-3708/2020 one) into
 * catalog rows. Never throws on bad data: problems come back in `errors` with line numbers —
 * missing columns, wrong field counts, malformed codes, codes that disagree with their
 * kegiatan/program/bidang columns, a `jenis_pemda` the level digit does not allow (1 only
 * PROV, 2 only KABKOT), and duplicate (level, code) keys citing both lines.
 */
export function parseNomenclatureCsv(text: string, options: ParseNomenclatureCsvOptions = {}): NomenclatureCsvResult {
  let records: CsvRecord[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 0;
    return { format: options.format ?? 'sipd-2027', rows: [], inactiveRows: [], errors: [{ line, code: 'NOMENCLATURE_CSV_UNREADABLE', reason: error.message }], warnings: [] };
  }

  const header = (records[0]?.record ?? []).map((c) => c.trim());
  const format = options.format ?? detectNomenclatureCsvFormat(header);
  const missing = NOMENCLATURE_CSV_FORMATS[format].required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    const reason = `missing required column(s) for the ${format} format: ${missing.join(', ')}`;
    return { format, rows: [], inactiveRows: [], errors: [{ line: 1, code: 'NOMENCLATURE_CSV_COLUMNS_MISSING', reason }], warnings: [] };
  }

  const rows: NomenclatureRow[] = [];
  const inactiveRows: NomenclatureRow[] = [];
  const errors: NomenclatureCsvError[] = [];
  const warnings: NomenclatureCsvError[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = startLine(record, info.lines);
    if (record.length !== header.length) {
      errors.push({ line, code: 'NOMENCLATURE_CSV_FIELD_COUNT', reason: `has ${record.length} fields, the header has ${header.length}` });
      continue;
    }
    const values = Object.fromEntries(header.map((column, i) => [column, record[i]]));
    const outcome = rowFromRecord(values, line, format);
    if (outcome.errors) {
      (isMarkedInactive(values, format) ? warnings : errors).push(...outcome.errors);
      continue;
    }
    const row = outcome.row;
    if (!row.active) {
      inactiveRows.push(row);
      continue;
    }
    const key = `${row.level}:${row.code}`;
    const firstLine = firstLineOfKey.get(key);
    if (firstLine !== undefined) {
      errors.push({ line, code: 'NOMENCLATURE_CSV_DUPLICATE_KEY', firstLine, reason: `duplicate key ${key}: already on line ${firstLine}` });
      continue;
    }
    firstLineOfKey.set(key, line);
    rows.push(row);
  }
  return { format, rows, inactiveRows, errors, warnings };
}

function isMarkedInactive(values: Readonly<Record<string, string | undefined>>, format: NomenclatureCsvFormat): boolean {
  return format === 'simcan-050-3708-2020' && values['aktif_efektif']?.trim() === '0';
}

/** csv-parse reports the line a record ends on; a quoted field may span lines. */
function startLine(record: readonly string[], endLine: number): number {
  const innerBreaks = record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
  return endLine - innerBreaks;
}
