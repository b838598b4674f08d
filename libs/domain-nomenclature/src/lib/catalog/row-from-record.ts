import { GovernmentLevel } from '../code/government-level';
import { isDigitAllowedAtLevel } from '../code/level-digit';
import { parseSubKegiatanCode, SubKegiatanCode } from '../code/nomenclature-code';
import { NomenclatureCsvError } from './nomenclature-csv.errors';
import { NomenclatureCsvFormat } from './nomenclature-csv-format';
import { NomenclatureRow } from './nomenclature-row';
import { parsePreviousSubKegiatan } from './previous-sub-kegiatan';

export type RowOutcome = { readonly row: NomenclatureRow; readonly errors?: undefined } | { readonly row?: undefined; readonly errors: NomenclatureCsvError[] };

const REQUIRED_VALUES = [
  'jenis_pemda',
  'kode_urusan',
  'kode_bidang_urusan',
  'nama_bidang_urusan',
  'kode_program',
  'nama_program',
  'kode_kegiatan',
  'nama_kegiatan',
  'kode_sub_kegiatan',
  'nama_sub_kegiatan',
] as const;

/**
 * One CSV record (values by column name) as a catalog row, or every problem it has.
 * `[null]` (the SIPD export's empty marker) and blank text both read as empty.
 */
export function rowFromRecord(record: Readonly<Record<string, string | undefined>>, line: number, format: NomenclatureCsvFormat): RowOutcome {
  const value = (column: string): string => clean(record[column]);
  const errors: NomenclatureCsvError[] = [];
  const problem = (code: NomenclatureCsvError['code'], column: string, reason: string) => errors.push({ line, code, column, reason: `${column}: ${reason}` });

  for (const column of REQUIRED_VALUES) if (value(column) === '') problem('NOMENCLATURE_CSV_VALUE_MISSING', column, 'is empty');
  if (errors.length > 0) return { errors };

  const level = value('jenis_pemda');
  if (level !== 'PROV' && level !== 'KABKOT') problem('NOMENCLATURE_CSV_VALUE_INVALID', 'jenis_pemda', `must be PROV or KABKOT, got '${level}'`);

  const parsed = parseSubKegiatanCode(value('kode_sub_kegiatan'));
  if (!parsed.ok) problem('NOMENCLATURE_CSV_CODE_MALFORMED', 'kode_sub_kegiatan', `'${value('kode_sub_kegiatan')}' ${parsed.error.problems.join('; ')}`);
  const code = parsed.ok ? parsed.value : null;

  if (code) {
    for (const [column, expected] of hierarchyOf(code)) {
      if (value(column) !== expected) problem('NOMENCLATURE_CSV_HIERARCHY_MISMATCH', column, `'${value(column)}' does not match kode_sub_kegiatan ${code.code} (expected '${expected}')`);
    }
    if ((level === 'PROV' || level === 'KABKOT') && !isDigitAllowedAtLevel(code.levelDigit, level)) {
      problem('NOMENCLATURE_CSV_LEVEL_MISMATCH', 'jenis_pemda', `${level} row with level digit ${code.levelDigit} in ${code.code}`);
    }
    const fourDigit = value('kode_sub_kegiatan_4digit');
    if (fourDigit !== '' && fourDigit !== code.canonical) {
      problem('NOMENCLATURE_CSV_VALUE_INVALID', 'kode_sub_kegiatan_4digit', `'${fourDigit}' is not the four-digit form of ${code.code} (${code.canonical})`);
    }
  }

  const previous = parsePreviousSubKegiatan(value('sub_kegiatan_sebelumnya'));
  if (!previous.ok) problem('NOMENCLATURE_CSV_VALUE_INVALID', 'sub_kegiatan_sebelumnya', previous.error);

  const tags = parseTags(value('tag'));
  if (tags === null) problem('NOMENCLATURE_CSV_VALUE_INVALID', 'tag', `must be empty, [null] or a JSON array of strings, got '${value('tag')}'`);

  const active = format === 'simcan-050-3708-2020' ? value('aktif_efektif') : '1';
  if (active !== '0' && active !== '1') problem('NOMENCLATURE_CSV_VALUE_INVALID', 'aktif_efektif', `must be 0 or 1, got '${active}'`);

  if (errors.length > 0 || !code || !previous.ok || tags === null) return { errors };
  return {
    row: {
      line,
      level: level as GovernmentLevel,
      code: code.canonical,
      sourceCode: code.code,
      name: value('nama_sub_kegiatan'),
      urusanCode: code.urusan,
      bidangCode: code.bidang,
      bidangName: value('nama_bidang_urusan'),
      programCode: code.program,
      programName: value('nama_program'),
      kegiatanCode: code.kegiatan,
      kegiatanName: value('nama_kegiatan'),
      kinerja: orNull(value('kinerja')),
      indikator: orNull(value('indikator')),
      satuan: orNull(value('satuan')),
      tags,
      pelaksana: orNull(value('pelaksana')),
      spm: orNull(value('spm')),
      jenis: orNull(value('jenis')),
      previous: previous.value,
      active: active === '1',
    },
  };
}

function hierarchyOf(code: SubKegiatanCode): [string, string][] {
  return [
    ['kode_urusan', code.urusan],
    ['kode_bidang_urusan', code.bidang],
    ['kode_program', code.program],
    ['kode_kegiatan', code.kegiatan],
  ];
}

function clean(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  return trimmed === '[null]' ? '' : trimmed;
}

function orNull(text: string): string | null {
  return text === '' ? null : text;
}

function parseTags(text: string): string[] | null {
  if (text === '') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.every((t) => typeof t === 'string')) return parsed.map((t) => t.trim());
  } catch {
    // not JSON: reported by the caller as an invalid value
  }
  return null;
}
