import { loadRegionDirectory } from './load-region-directory';

describe(loadRegionDirectory.name, () => {
  const directory = loadRegionDirectory();

  it('carries 38 provinces and 514 kab/kota', () => {
    const kabKota = directory.all().filter((r) => r.level === 'kabupaten_kota');
    expect(directory.provinces()).toHaveLength(38);
    expect(kabKota).toHaveLength(514);
    expect(kabKota.filter((r) => r.kind === 'kabupaten')).toHaveLength(416);
    expect(kabKota.filter((r) => r.kind === 'kota')).toHaveLength(98);
  });

  it('gives Maluku exactly 11 kab/kota including Kota Ambon and Kota Tual', () => {
    const maluku = directory.kabKotaOf('81');
    expect(maluku).toHaveLength(11);
    expect(maluku.map((r) => r.code)).toEqual(['81.01', '81.02', '81.03', '81.04', '81.05', '81.06', '81.07', '81.08', '81.09', '81.71', '81.72']);
    expect(directory.get('81.71')).toEqual({ code: '81.71', name: 'Kota Ambon', level: 'kabupaten_kota', kind: 'kota', province: '81' });
    expect(directory.name('81.72')).toBe('Kota Tual');
  });

  it('matches the spot checks of SOURCE.md', () => {
    expect(directory.name('36')).toBe('Banten');
    expect(directory.name('14.08')).toBe('Kabupaten Siak');
    expect(directory.name('32.11')).toBe('Kabupaten Sumedang');
    expect(directory.name('32.76')).toBe('Kota Depok');
  });

  it('trims the stray space of a source name', () => {
    expect(directory.name('31.72')).toBe('Kota Administrasi Jakarta Utara');
  });

  it('agrees with the code rule for kabupaten (KK 01–69) and kota (KK 71–99)', () => {
    const wrong = directory
      .all()
      .filter((r) => r.level === 'kabupaten_kota')
      .filter((r) => (Number(r.code.slice(3)) < 70 ? r.kind !== 'kabupaten' : r.kind !== 'kota'));
    expect(wrong).toEqual([]);
  });

  it('loads once and returns the same directory', () => {
    expect(loadRegionDirectory()).toBe(directory);
  });
});
