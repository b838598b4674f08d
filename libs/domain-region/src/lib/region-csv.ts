import { parse } from 'csv-parse/sync';
import { Region, RegionDirectory, RegionKind } from './region-directory';
import { RegionDirectoryInvalidError } from './region-code.errors';
import { RegionLevel } from './region-code';

const COLUMNS = ['kode', 'nama', 'level', 'jenis', 'kode_provinsi', 'nama_provinsi'] as const;
const LEVELS: readonly string[] = ['provinsi', 'kabupaten_kota'] satisfies RegionLevel[];
const KINDS: readonly string[] = ['provinsi', 'kabupaten', 'kota'] satisfies RegionKind[];

/**
 * Reads the `wilayah_provinsi_kabkota.csv` column set (`kode,nama,level,jenis,kode_provinsi,nama_provinsi`).
 * Names are trimmed (one source name has a trailing space). Throws {@link RegionDirectoryInvalidError}
 * naming the line of every bad row.
 */
export function parseRegionCsv(text: string): Region[] {
  const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  const [header, ...rows] = records;
  const missing = COLUMNS.filter((c) => !header?.includes(c));
  if (missing.length > 0) throw new RegionDirectoryInvalidError([`line 1: missing column(s) ${missing.join(', ')}`]);
  const at = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;

  const problems: string[] = [];
  const regions: Region[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const level = row[at.level];
    const kind = row[at.jenis];
    const name = (row[at.nama] ?? '').trim();
    if (!LEVELS.includes(level)) problems.push(`line ${line}: level must be provinsi or kabupaten_kota, got '${level ?? ''}'`);
    else if (!KINDS.includes(kind)) problems.push(`line ${line}: jenis must be provinsi, kabupaten or kota, got '${kind ?? ''}'`);
    else if (name === '') problems.push(`line ${line}: nama is empty`);
    else regions.push({ code: row[at.kode], name, level: level as RegionLevel, kind: kind as RegionKind, province: row[at.kode_provinsi] });
  });
  if (problems.length > 0) throw new RegionDirectoryInvalidError(problems);
  return regions;
}

/** Builds a {@link RegionDirectory} from CSV text in the reference column set. */
export function regionDirectoryFromCsv(text: string): RegionDirectory {
  return new RegionDirectory(parseRegionCsv(text));
}
