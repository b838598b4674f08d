import type { CatalogEntry, NomenclatureRow } from '@selaras/domain-nomenclature';
import { EntryEntity } from './entry.entity';
import { nameKeyOf, searchTextOf } from './search-text';

/** An entry as stored, without the version it belongs to. */
export type EntryRecord = Omit<EntryEntity, 'versionId'>;

/** A parsed catalog row as it is stored: the row plus the derived search columns. */
export function toEntryRecord(row: NomenclatureRow): EntryRecord {
  return {
    level: row.level,
    code: row.code,
    sourceCode: row.sourceCode,
    name: row.name,
    urusanCode: row.urusanCode,
    bidangCode: row.bidangCode,
    bidangName: row.bidangName,
    programCode: row.programCode,
    programName: row.programName,
    kegiatanCode: row.kegiatanCode,
    kegiatanName: row.kegiatanName,
    kinerja: row.kinerja,
    indikator: row.indikator,
    satuan: row.satuan,
    // The 2027 list writes SPM / NON-SPM; the 050-3708/2020 list has no SPM column at all.
    spm: row.spm?.trim().toUpperCase() === 'SPM',
    jenis: row.jenis,
    pelaksana: row.pelaksana,
    tags: [...row.tags],
    replacesCode: row.previous?.code ?? null,
    replacesName: row.previous?.name || null,
    line: row.line,
    nameKey: nameKeyOf(row.name),
    searchText: searchTextOf(row.name),
  };
}

/** What `diffCatalogs` needs of a stored entry. */
export function toCatalogEntry(entry: Pick<EntryRecord, 'level' | 'code' | 'name' | 'replacesCode'> & { replacesName?: string | null }): CatalogEntry {
  return { level: entry.level, code: entry.code, name: entry.name, previous: entry.replacesCode ? { code: entry.replacesCode, name: entry.replacesName ?? '' } : null };
}
