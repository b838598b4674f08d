/** The SIPD 2027 column set, header first. */
export const SIPD_HEADER =
  'jenis_pemda,kode_urusan,kode_bidang_urusan,nama_bidang_urusan,kode_program,nama_program,kode_kegiatan,nama_kegiatan,kode_sub_kegiatan,nama_sub_kegiatan,kinerja,indikator,satuan,tag,pelaksana,spm,jenis,sub_kegiatan_sebelumnya';

/** The values of one SIPD record for a sub kegiatan of bidang 2.16 (Kominfo), in SIPD_HEADER order. */
export function sipdValues(level: 'PROV' | 'KABKOT', code: string, name: string, overrides: { previous?: string } = {}): string[] {
  const [u, b, p, l, k] = code.split('.');
  return [
    level, u, `${u}.${b}`, 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA', `${u}.${b}.${p}`, 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA',
    `${u}.${b}.${p}.${l}.${k}`, 'Pengelolaan E-government', code, name, 'Terlaksananya koordinasi', 'Jumlah dokumen', 'Dokumen', '[null]',
    'Bidang Aplikasi Informatika', 'NON-SPM', 'Aktifitas', overrides.previous ?? '',
  ];
}

/** The same record as one CSV line. */
export function sipdLine(level: 'PROV' | 'KABKOT', code: string, name: string, overrides: { previous?: string } = {}): string {
  return sipdValues(level, code, name, overrides).map((v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
}
