import { meaningName, nameSimilarity, sameItemName } from './name-meaning';

describe(meaningName.name, () => {
  it('drops case, punctuation and the words that name the level', () => {
    expect(meaningName('Penyediaan Akses Internet Daerah Provinsi')).toBe('penyediaan akses internet');
    expect(meaningName('Pelaksanaan MUSRENBANG Kabupaten / Kota')).toBe('pelaksanaan musrenbang');
  });
});

describe(nameSimilarity.name, () => {
  it('is the share of distinct meaning words in common', () => {
    expect(nameSimilarity('Pembangunan Jaringan Intra', 'Penyediaan Akses Internet')).toBe(0);
    expect(nameSimilarity('a b c', 'a b d')).toBeCloseTo(0.5);
  });
});

describe(sameItemName.name, () => {
  it('accepts a corrected spelling in a long name', () => {
    expect(sameItemName('Penyediaan Pusat Pendidikan dan Perlatihan Kepramukaan di Daerah Provinsi', 'Penyediaan Pusat Pendidikan dan Pelatihan Kepramukaan di Daerah Provinsi')).toBe(true);
  });

  it('refuses another item under a reused code', () => {
    expect(sameItemName('Pemanfaatan Olahraga Tradisional dalam Masyarakat', 'Pemberdayaan Perkumpulan Olahraga Rekreasi')).toBe(false);
  });
});
