import { PairableEntry, pairSubKegiatan } from './pair-sub-kegiatan';

function anEntry(overrides: Partial<PairableEntry>): PairableEntry {
  return {
    level: 'PROV', code: '2.16.03.1.02.0039', name: 'Penyediaan Akses Internet', programCode: '2.16.03',
    kegiatanName: 'Pengelolaan E-government di Lingkup Pemerintah Daerah Provinsi', kinerja: 'Terlaksananya Penyediaan Akses Internet',
    indikator: 'Jumlah Titik Akses Internet', satuan: 'Titik', ...overrides,
  };
}

const kab = (overrides: Partial<PairableEntry>) =>
  anEntry({ level: 'KABKOT', code: '2.16.03.2.02.0040', kegiatanName: 'Pengelolaan E-government di Lingkup Pemerintah Daerah Kabupaten/Kota', ...overrides });

describe(pairSubKegiatan.name, () => {
  it('pairs the same name under kegiatan that differ only in the level words', () => {
    expect(pairSubKegiatan([anEntry({}), kab({})])).toEqual([{ prov: '2.16.03.1.02.0039', kabKota: '2.16.03.2.02.0040', basis: 'same-name' }]);
  });

  it('does not pair the same name under kegiatan of another meaning', () => {
    expect(pairSubKegiatan([anEntry({ kegiatanName: 'Pengelolaan Pendidikan Sekolah Menengah Atas' }), kab({ kegiatanName: 'Pengelolaan Pendidikan Sekolah Dasar' })])).toEqual([]);
  });

  it('does not pair across programs', () => {
    expect(pairSubKegiatan([anEntry({}), kab({ programCode: '2.16.02' })])).toEqual([]);
  });

  it('pairs a name with a qualifier added as similar-name, not one with a word swapped', () => {
    const prov = anEntry({ name: 'Pengelolaan Nama Domain dan Sub Domain Penyelenggaraan Pemerintah Daerah', indikator: 'a' });
    expect(pairSubKegiatan([prov, kab({ name: 'Pengelolaan Nama Domain dan Sub Domain Penyelenggaraan Pemerintah Daerah Desa', indikator: 'b' })])[0]?.basis).toBe('similar-name');
    const swapped = anEntry({ name: 'Penilaian Kelayakan Usul Perizinan Pendidikan Menengah oleh Masyarakat', indikator: 'a', kinerja: 'x' });
    expect(pairSubKegiatan([swapped, kab({ name: 'Penilaian Kelayakan Usul Perizinan Pendidikan Dasar oleh Masyarakat', indikator: 'b', kinerja: 'y' })])).toEqual([]);
  });

  it('pairs different names by the same indikator and satuan, then by the same kinerja and satuan', () => {
    expect(pairSubKegiatan([anEntry({ name: 'A' }), kab({ name: 'B' })])[0]?.basis).toBe('same-indikator');
    expect(pairSubKegiatan([anEntry({ name: 'A', indikator: 'a' }), kab({ name: 'B', indikator: 'b' })])[0]?.basis).toBe('same-kinerja');
    expect(pairSubKegiatan([anEntry({ name: 'A', indikator: 'a' }), kab({ name: 'B', indikator: 'b', satuan: 'Dokumen' })])).toEqual([]);
  });

  it('never pairs program penunjang', () => {
    expect(pairSubKegiatan([anEntry({ code: 'X.XX.01.1.01.0001', programCode: 'X.XX.01' }), kab({ code: 'X.XX.01.2.01.0001', programCode: 'X.XX.01' })])).toEqual([]);
  });
});
