import { getMetadataStorage } from 'class-validator';
import { NomenclatureEntryV1 } from '@selaras/contracts';
import type { NomenclatureCsvError } from '@selaras/domain-nomenclature';
import { EntryRecord } from '../entries/entry-record';
import { toEntryPayload } from '../entries/entry-payload';

/** Which CSV column feeds each field of the published entry, so a problem names the column the user can fix. */
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  code: 'kode_sub_kegiatan',
  name: 'nama_sub_kegiatan',
  bidangCode: 'kode_bidang_urusan',
  bidangName: 'nama_bidang_urusan',
  programCode: 'kode_program',
  programName: 'nama_program',
  kegiatanCode: 'kode_kegiatan',
  kegiatanName: 'nama_kegiatan',
  kinerja: 'kinerja',
  indikator: 'indikator',
  satuan: 'satuan',
  jenis: 'jenis',
  replaces: 'sub_kegiatan_sebelumnya',
};

/**
 * The contract's length limits, read from its own `@MaxLength` decorators so they cannot drift.
 * Everything else the contract asks (level, code shape, text fields) the CSV parser already
 * guarantees; running full class-validator on 7,581 rows would cost a second for nothing.
 */
const LENGTH_LIMITS: readonly [keyof NomenclatureEntryV1, number][] = getMetadataStorage()
  .getTargetValidationMetadatas(NomenclatureEntryV1, '', true, false)
  .filter((m) => m.name === 'maxLength')
  .map((m) => [m.propertyName as keyof NomenclatureEntryV1, Number(m.constraints[0])]);

/**
 * Entries the catalog topic could not carry (a name longer than the contract allows, say) are
 * refused at import, with their lines: published, every consumer would skip them.
 */
export function entryContractProblems(records: readonly EntryRecord[], versionId: string): NomenclatureCsvError[] {
  const problems: NomenclatureCsvError[] = [];
  for (const record of records) {
    const payload = toEntryPayload(record, versionId);
    for (const [field, max] of LENGTH_LIMITS) {
      const value = payload[field];
      if (typeof value !== 'string' || value.length <= max) continue;
      const column = COLUMN_OF_FIELD[field] ?? field;
      problems.push({ line: record.line, code: 'NOMENCLATURE_CSV_VALUE_INVALID', column, reason: `${column}: at most ${max} characters, has ${value.length}` });
    }
  }
  return problems;
}
