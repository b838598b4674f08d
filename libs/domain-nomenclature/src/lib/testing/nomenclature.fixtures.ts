import { NomenclatureRow } from '../catalog/nomenclature-row';

export const SIPD_COLUMNS = [
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
  'kinerja',
  'indikator',
  'satuan',
  'tag',
  'pelaksana',
  'spm',
  'jenis',
  'sub_kegiatan_sebelumnya',
] as const;

export type SipdRecord = Record<(typeof SIPD_COLUMNS)[number], string>;

/** The KABKOT SPBE coordination sub kegiatan of the 2027 list, as CSV values. */
export function aSipdRecord(overrides: Partial<SipdRecord> = {}): SipdRecord {
  return {
    jenis_pemda: 'KABKOT',
    kode_urusan: '2',
    kode_bidang_urusan: '2.16',
    nama_bidang_urusan: 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA',
    kode_program: '2.16.03',
    nama_program: 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA',
    kode_kegiatan: '2.16.03.2.02',
    nama_kegiatan: 'Pengelolaan E-government di Lingkup Pemerintah Daerah Kabupaten/Kota',
    kode_sub_kegiatan: '2.16.03.2.02.0041',
    nama_sub_kegiatan: 'Koordinasi Pelaksanaan SPBE (Pemerintah Digital) yang meliputi tata kelola, manajemen SPBE, dan Audit TIK',
    kinerja: 'Terlaksananya koordinasi Pelaksanaan SPBE',
    indikator: 'Jumlah dokumen kebijakan tata kelola SPBE',
    satuan: 'Dokumen',
    tag: '[null]',
    pelaksana: 'Bidang Aplikasi Informatika',
    spm: 'NON-SPM',
    jenis: 'Aktifitas',
    sub_kegiatan_sebelumnya: '2.16.03.2.02.0037 Koordinasi penyusunan kebijakan tata kelola SPBE',
    ...overrides,
  };
}

/** A CSV file in the SIPD column set with one line per record. */
export function sipdCsv(records: readonly Partial<SipdRecord>[], columns: readonly string[] = SIPD_COLUMNS): string {
  const lines = records.map((r) => columns.map((c) => quote((r as Record<string, string>)[c] ?? '')).join(','));
  return [columns.join(','), ...lines].join('\n') + '\n';
}

function quote(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A catalog row for diff and lookup tests. */
export function aRow(overrides: Partial<NomenclatureRow> = {}): NomenclatureRow {
  const code = overrides.code ?? '2.16.03.2.02.0041';
  return {
    line: 2,
    level: 'KABKOT',
    code,
    sourceCode: code,
    name: 'Koordinasi Pelaksanaan SPBE',
    urusanCode: code.split('.')[0],
    bidangCode: code.split('.').slice(0, 2).join('.'),
    bidangName: 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA',
    programCode: code.split('.').slice(0, 3).join('.'),
    programName: 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA',
    kegiatanCode: code.split('.').slice(0, 5).join('.'),
    kegiatanName: 'Pengelolaan E-government',
    kinerja: null,
    indikator: null,
    satuan: null,
    tags: [],
    pelaksana: null,
    spm: null,
    jenis: null,
    previous: null,
    active: true,
    ...overrides,
  };
}
