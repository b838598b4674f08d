import type { NomenclatureRow } from '@selaras/domain-nomenclature';
import { EntryRecord, toEntryRecord } from '../entries/entry-record';

/** The KABKOT SPBE coordination sub kegiatan of the 2027 list as a parsed row; pass overrides for the case under test. */
export function aCatalogRow(overrides: Partial<NomenclatureRow> = {}): NomenclatureRow {
  const code = overrides.code ?? '2.16.03.2.02.0041';
  const segments = code.split('.');
  return {
    line: 2,
    level: 'KABKOT',
    code,
    sourceCode: code,
    name: 'Koordinasi Pelaksanaan SPBE (Pemerintah Digital) yang meliputi tata kelola, manajemen SPBE, dan Audit TIK',
    urusanCode: segments[0],
    bidangCode: segments.slice(0, 2).join('.'),
    bidangName: 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA',
    programCode: segments.slice(0, 3).join('.'),
    programName: 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA',
    kegiatanCode: segments.slice(0, 5).join('.'),
    kegiatanName: 'Pengelolaan E-government di Lingkup Pemerintah Daerah Kabupaten/Kota',
    kinerja: 'Terlaksananya koordinasi Pelaksanaan SPBE',
    indikator: 'Jumlah dokumen kebijakan tata kelola SPBE',
    satuan: 'Dokumen',
    tags: [],
    pelaksana: 'Bidang Aplikasi Informatika',
    spm: 'NON-SPM',
    jenis: 'Aktifitas',
    previous: { code: '2.16.03.2.02.0037', name: 'Koordinasi penyusunan kebijakan tata kelola SPBE' },
    active: true,
    ...overrides,
  };
}

/** The same entry as stored. */
export function anEntryRecord(overrides: Partial<NomenclatureRow> = {}): EntryRecord {
  return toEntryRecord(aCatalogRow(overrides));
}
