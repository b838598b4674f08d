import { Random } from './random';
import { spbeSeeds } from './spbe-seed';

describe(spbeSeeds.name, () => {
  const seeds = spbeSeeds(['81', '81.71'], 2027, new Random(7));
  const ambon = seeds.filter((s) => s.region === '81.71');

  it('records 59/2020 for 2024–2025 and Indeks Pemdi for 2026–2027', () => {
    expect(ambon.map((s) => [s.year, s.frameworkId, s.levels.length])).toEqual([
      [2024, 'permenpanrb-59-2020', 47],
      [2025, 'permenpanrb-59-2020', 47],
      [2026, 'permenpanrb-8-2026', 20],
      [2027, 'permenpanrb-8-2026', 20],
    ]);
    expect(seeds).toHaveLength(8);
  });

  it('gives whole levels 1–5 to every indicator, numbered as the framework numbers them', () => {
    for (const s of seeds) {
      expect(s.levels.map((l) => l.no)).toEqual(Array.from({ length: s.levels.length }, (_, i) => i + 1));
      expect(s.levels.every((l) => Number.isInteger(l.level) && l.level >= 1 && l.level <= 5)).toBe(true);
    }
  });

  it('notes the other agency’s index on the Pemdi indicators scored from one, and on no 59/2020 indicator', () => {
    const pemdi = ambon.find((s) => s.year === 2026);
    expect(pemdi?.levels.filter((l) => l.evidence).map((l) => [l.no, l.evidence?.note])).toEqual([
      [5, 'Tingkat dari Indeks SDI 2026, dimasukkan apa adanya (tanpa konversi)'],
      [6, 'Tingkat dari Indeks SJIG 2026, dimasukkan apa adanya (tanpa konversi)'],
      [7, 'Tingkat dari Indeks EPSS 2026, dimasukkan apa adanya (tanpa konversi)'],
      [10, 'Tingkat dari Indeks IKASANDI 2026, dimasukkan apa adanya (tanpa konversi)'],
      [11, 'Tingkat dari Indeks IKASANDI 2026, dimasukkan apa adanya (tanpa konversi)'],
      [12, 'Tingkat dari Indeks IKASANDI 2026, dimasukkan apa adanya (tanpa konversi)'],
    ]);
    expect(ambon.find((s) => s.year === 2025)?.levels.some((l) => l.evidence)).toBe(false);
  });

  it('sets each year’s target on that year’s framework, within 1–5', () => {
    expect(seeds.every((s) => s.target >= 1 && s.target <= 5)).toBe(true);
  });
});
