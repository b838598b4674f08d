import { createHash } from 'node:crypto';
import type { NomenclatureRow } from '@selaras/domain-nomenclature';

/**
 * Identifies a version's content, independent of file format (CSV or XLSX), row order and
 * line numbers: the same catalog imported again is recognised and not imported twice.
 */
export function contentHash(rows: readonly NomenclatureRow[]): string {
  const canonical = rows
    .map((r) => [r.level, r.code, r.sourceCode, r.name, r.bidangCode, r.bidangName, r.programCode, r.programName, r.kegiatanCode, r.kegiatanName, r.kinerja, r.indikator, r.satuan, r.tags, r.pelaksana, r.spm, r.jenis, r.previous?.code ?? null, r.previous?.name ?? null])
    .sort((a, b) => compare(`${a[0]}:${a[1]}`, `${b[0]}:${b[1]}`));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
