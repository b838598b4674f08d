import { countPairsByBasis, pairSubKegiatan } from './pair-sub-kegiatan';
import { loadReferenceCatalog } from './reference-catalogs';

describe(`${pairSubKegiatan.name} (real 2027 catalog)`, () => {
  const pairs = pairSubKegiatan(loadReferenceCatalog('sipd-2027').rows);
  const basisOf = (prov: string, kabKota: string) => pairs.find((p) => p.prov === prov && p.kabKota === kabKota)?.basis ?? null;

  it('pairs the two "Penyediaan Akses Internet" of Kominfo by name', () => {
    expect(basisOf('2.16.03.1.02.0039', '2.16.03.2.02.0040')).toBe('same-name');
  });

  it('does not pair a new senior high school with a new primary school (same sub kegiatan name, other kegiatan)', () => {
    expect(basisOf('1.01.02.1.01.0001', '1.01.02.2.01.0001')).toBeNull();
  });

  it('does not pair the province\'s Jaringan Intra with the kab/kota\'s Akses Internet', () => {
    expect(basisOf('2.16.03.1.02.0042', '2.16.03.2.02.0040')).toBeNull();
  });

  it('pairs "Pembangunan Fasilitas Kesehatan Lainnya" under the two levels\' health facility kegiatan, the province\'s adding its scope', () => {
    expect(basisOf('1.02.02.1.01.0002', '1.02.02.2.01.0003')).toBe('same-name');
  });

  it('never pairs program penunjang', () => {
    expect(pairs.some((p) => p.prov.startsWith('X') || p.kabKota.startsWith('X'))).toBe(false);
  });

  it('counts pairs by basis as the README table says', () => {
    expect(countPairsByBasis(pairs)).toEqual({ 'same-name': 1006, 'similar-name': 140, 'same-indikator': 32, 'same-kinerja': 8 });
  });
});
