import { NomenclatureEntryV1 } from '@selaras/contracts';
import { EntryRecord } from './entry-record';

/** The value published on `nomenclature.entries` for one entry; empty optional fields are left out. */
export function toEntryPayload(entry: EntryRecord, versionId: string): NomenclatureEntryV1 {
  const payload: NomenclatureEntryV1 = {
    level: entry.level,
    code: entry.code,
    name: entry.name,
    bidangCode: entry.bidangCode,
    bidangName: entry.bidangName,
    programCode: entry.programCode,
    programName: entry.programName,
    kegiatanCode: entry.kegiatanCode,
    kegiatanName: entry.kegiatanName,
    spm: entry.spm,
    versionId,
  };
  if (entry.kinerja) payload.kinerja = entry.kinerja;
  if (entry.indikator) payload.indikator = entry.indikator;
  if (entry.satuan) payload.satuan = entry.satuan;
  if (entry.jenis) payload.jenis = entry.jenis;
  if (entry.replacesCode) payload.replaces = entry.replacesCode;
  return payload;
}
