import { loadPermenPanRb8Framework } from '../framework/load-framework';
import { allAt, levelsFrom } from '../testing/framework.fixtures';
import { computeIndex, SpbeIndexResult } from './compute-index';
import { predikatOf } from './predikat';

function complete(result: SpbeIndexResult): Extract<SpbeIndexResult, { complete: true }> {
  if (!result.complete) throw new Error(`expected a complete assessment, missing ${result.missing.join(', ')}`);
  return result;
}

// Indeks Pemdi (PermenPANRB 8/2026): weights in whole percent, so one unit per percent.
//   aspect 1 (10): I1 5, I2 5            aspect 5 (10): I13 5, I14 5
//   aspect 2 (10): I3 5, I4 5            aspect 6 (15): I15 4, I16 4, I17 4, I18 3
//   aspect 3 (15): I5 5, I6 3, I7 3, I8 4 aspect 7 (25): I19 10, I20 15
//   aspect 4 (15): I9 4, I10 4, I11 3, I12 4
// Index = Σ(weight × level) / 100; an index edge e is reached when Σ weight × (level − 1) = 100 × (e − 1).
describe(`${computeIndex.name} under Indeks Pemdi (8/2026)`, () => {
  const pemdi = loadPermenPanRb8Framework();

  it('gives 3.00 Baik when all 20 indicators are at level 3, each aspect 3.00', () => {
    const result = complete(computeIndex(pemdi, allAt(3, 20)));
    expect([result.index.text, result.predikat]).toEqual(['3.00', 'Baik']);
    expect(result.aspects.map((a) => a.index?.text)).toEqual(['3.00', '3.00', '3.00', '3.00', '3.00', '3.00', '3.00']);
    expect(result.domains).toEqual([]);
  });

  it('computes a mixed assessment worked by hand, aspect by aspect', () => {
    // aspect 1: (5·2 + 5·4) / 10                   = 30 / 10 = 3.00
    // aspect 2: (5·1 + 5·2) / 10                   = 15 / 10 = 1.50
    // aspect 3: (5·3 + 3·4 + 3·2 + 4·5) / 15       = 53 / 15 = 3.5333… → 3.53
    // aspect 4: (4·2 + 4·3 + 3·1 + 4·4) / 15       = 39 / 15 = 2.60
    // aspect 5: (5·3 + 5·5) / 10                   = 40 / 10 = 4.00
    // aspect 6: (4·2 + 4·3 + 4·4 + 3·1) / 15       = 39 / 15 = 2.60
    // aspect 7: (10·3 + 15·2) / 25                 = 60 / 25 = 2.40
    // Index: (30 + 15 + 53 + 39 + 40 + 39 + 60) / 100 = 276 / 100 = 2.76 → Baik
    // (= Σ aspect weight/100 × exact aspect index: 0.30 + 0.15 + 0.53 + 0.39 + 0.40 + 0.39 + 0.60)
    const levels = new Map([
      [1, 2], [2, 4], [3, 1], [4, 2], [5, 3], [6, 4], [7, 2], [8, 5], [9, 2], [10, 3],
      [11, 1], [12, 4], [13, 3], [14, 5], [15, 2], [16, 3], [17, 4], [18, 1], [19, 3], [20, 2],
    ]);
    const result = complete(computeIndex(pemdi, levels));
    expect([result.index.text, result.predikat]).toEqual(['2.76', 'Baik']);
    expect(result.aspects.map((a) => [a.no, a.weightPct, a.index?.text])).toEqual([
      [1, 10, '3.00'],
      [2, 10, '1.50'],
      [3, 15, '3.53'],
      [4, 15, '2.60'],
      [5, 10, '4.00'],
      [6, 15, '2.60'],
      [7, 25, '2.40'],
    ]);
    expect(result.aspects[2].index?.value).toBeCloseTo(53 / 15, 12);
    expect(result.groups.map((g) => g.tier)).toEqual(Array(7).fill('aspect'));
    // Level 1 first (I3 weighs 5, I11 and I18 3 each), then the heaviest at level 2 (I20, 15).
    expect(result.weakest.map((w) => [w.no, w.level, w.aspectNo, w.domainNo])).toEqual([
      [3, 1, 2, undefined],
      [11, 1, 4, undefined],
      [18, 1, 6, undefined],
      [20, 2, 7, undefined],
      [1, 2, 1, undefined],
    ]);
  });

  describe('the predikat band edges, reached exactly (integer units, no float drift)', () => {
    const everyOther = (level: number): [number, number, number] => [1, 20, level];
    it.each<[string, [number, number, number][], string, string]>([
      // aspect 7 (25) two levels up from 1: 50 → 1.50
      ['1.50', [everyOther(1), [19, 20, 3]], '1.50', 'Cukup'],
      // 15 (I20 +2 = 30) + 4 (I8 +1) + 15 (I14 +3) = 49 → 1.49
      ['1.49', [everyOther(1), [20, 20, 3], [8, 8, 2], [14, 14, 4]], '1.49', 'Kurang'],
      // all at 2 (100) + aspect 7 two more (50) = 150 → 2.50
      ['2.50', [everyOther(2), [19, 20, 4]], '2.50', 'Baik'],
      // all at 2 (100) + I20 +2 (30) + I19 +1 (10) + I8 +1 (4) + I13 +1 (5) = 149 → 2.49
      ['2.49', [everyOther(2), [20, 20, 4], [19, 19, 3], [8, 8, 3], [13, 13, 3]], '2.49', 'Cukup'],
      // all at 3 (200) + aspect 7 two more (50) = 250 → 3.50
      ['3.50', [everyOther(3), [19, 20, 5]], '3.50', 'Sangat Baik'],
      // all at 3 (200) + I20 +2 (30) + I19 +1 (10) + I8 +1 (4) + I13 +1 (5) = 249 → 3.49
      ['3.49', [everyOther(3), [20, 20, 5], [19, 19, 4], [8, 8, 4], [13, 13, 4]], '3.49', 'Baik'],
      // all at 4 = 300 → 4.00
      ['4.00', [everyOther(4)], '4.00', 'Memuaskan'],
      // all at 4 (300) − I8 one down (4) + I6 one up (3) = 299 → 3.99
      ['3.99', [everyOther(4), [8, 8, 3], [6, 6, 5]], '3.99', 'Sangat Baik'],
      ['1.00', [everyOther(1)], '1.00', 'Kurang'],
      ['5.00', [everyOther(5)], '5.00', 'Memuaskan'],
    ])('%s', (_name, ranges, text, predikat) => {
      const result = complete(computeIndex(pemdi, levelsFrom(ranges)));
      expect([result.index.text, result.predikat]).toEqual([text, predikat]);
    });

    it('gives exactly 3.50 Sangat Baik where Σ(aspect weight/100 × aspect index) in floats falls to 3.4999…', () => {
      // Units: 15+10 + 15+10 + 25+15+9+4 + 16+16+6+12 + 25+15 + 16+8+20+3 + 50+60 = 350 → 3.50 exactly
      const levels = new Map([3, 2, 3, 2, 5, 5, 3, 1, 4, 4, 2, 3, 5, 3, 4, 2, 5, 1, 5, 4].map((level, i) => [i + 1, level]));
      const result = complete(computeIndex(pemdi, levels));
      const floatWay = result.aspects.reduce((sum, a) => sum + (a.weightPct / 100) * (a.index?.value ?? 0), 0);
      expect(floatWay).toBe(3.4999999999999996);
      expect(floatWay >= 3.5).toBe(false);
      expect([result.index.value, result.index.text, result.predikat]).toEqual([3.5, '3.50', 'Sangat Baik']);
    });
  });

  it('reads the bands from the published two decimals for plain numbers too', () => {
    expect([1.5, 1.49, 2.5, 2.49, 3.5, 3.49, 4, 3.99, 1].map((x) => predikatOf(pemdi, x))).toEqual(['Cukup', 'Kurang', 'Baik', 'Cukup', 'Sangat Baik', 'Baik', 'Memuaskan', 'Sangat Baik', 'Kurang']);
    // 0.1 + 0.2 style: a float a hair under the edge is still the published 1.50
    expect(predikatOf(pemdi, 0.15 * 10)).toBe('Cukup');
    expect(predikatOf(pemdi, 3.4999999999999996)).toBe('Sangat Baik');
  });

  it('refuses indicator 21, which only 59/2020 has', () => {
    expect(() => computeIndex(pemdi, new Map([[21, 3]]))).toThrow('framework permenpanrb-8-2026 has no indicator: 21');
  });
});
