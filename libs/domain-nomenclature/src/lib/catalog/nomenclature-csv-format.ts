/** The column sets this lib can import. */
export type NomenclatureCsvFormat = 'sipd-2027' | 'simcan-050-3708-2020';

export interface NomenclatureCsvFormatSpec {
  readonly format: NomenclatureCsvFormat;
  readonly description: string;
  /** Columns the header must have. */
  readonly required: readonly string[];
  /** Columns read when present. */
  readonly optional: readonly string[];
}

const HIERARCHY = [
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

export const NOMENCLATURE_CSV_FORMATS: Readonly<Record<NomenclatureCsvFormat, NomenclatureCsvFormatSpec>> = {
  'sipd-2027': {
    format: 'sipd-2027',
    description: 'SIPD export with kinerja/indikator/satuan (050-5889/2021 onwards), e.g. the 2027 update',
    required: [...HIERARCHY, 'kinerja', 'indikator', 'satuan'],
    optional: ['tag', 'pelaksana', 'spm', 'jenis', 'sub_kegiatan_sebelumnya'],
  },
  'simcan-050-3708-2020': {
    format: 'simcan-050-3708-2020',
    description: 'SIMDA Perencanaan master table of the Kepmendagri 050-3708/2020 list (two-digit sub kegiatan, aktif flags)',
    required: [...HIERARCHY, 'aktif_efektif'],
    optional: ['kode_sub_kegiatan_4digit', 'kinerja', 'indikator', 'satuan'],
  },
};

/** The simcan column set carries `aktif_efektif`; anything else is read as a SIPD export. */
export function detectNomenclatureCsvFormat(header: readonly string[]): NomenclatureCsvFormat {
  return header.includes('aktif_efektif') || header.includes('kode_sub_kegiatan_4digit') ? 'simcan-050-3708-2020' : 'sipd-2027';
}
