import { SpbeIndicatorUnknownError, SpbeLevelOutOfRangeError } from '../framework/framework.errors';
import { loadPermenPanRb59Framework } from '../framework/load-framework';
import { validateFramework } from '../framework/validate-framework';
import { allAt, aTinyFramework, levelsFrom } from '../testing/framework.fixtures';
import { computeIndex, SpbeIndexResult } from './compute-index';

function complete(result: SpbeIndexResult): Extract<SpbeIndexResult, { complete: true }> {
  if (!result.complete) throw new Error(`expected a complete assessment, missing ${result.missing.join(', ')}`);
  return result;
}

describe(computeIndex.name, () => {
  const spbe = loadPermenPanRb59Framework();

  it('gives 3.00 Baik when all 47 indicators are at level 3', () => {
    const result = complete(computeIndex(spbe, allAt(3, 47)));
    expect([result.index.text, result.predikat]).toEqual(['3.00', 'Baik']);
    expect(result.domains.map((d) => d.index?.text)).toEqual(['3.00', '3.00', '3.00', '3.00']);
  });

  it('gives 1.00 Kurang when all are at level 1', () => {
    const result = complete(computeIndex(spbe, allAt(1, 47)));
    expect([result.index.text, result.predikat]).toEqual(['1.00', 'Kurang']);
  });

  it('gives 5.00 Memuaskan when all are at level 5', () => {
    const result = complete(computeIndex(spbe, allAt(5, 47)));
    expect([result.index.text, result.predikat]).toEqual(['5.00', 'Memuaskan']);
  });

  it('computes a mixed assessment worked by hand', () => {
    // Weights in basis points: ind. 1–10 = 130, 11–20 = 250, 21–31 = 150, 32–41 = 275, 42–47 = 300.
    // Domain 1 (1–10 at 2):                  10·130·2                    = 2600  / 1300 = 2.00
    // Domain 2 (11–14 at 3, 15–18 at 4, 19–20 at 1):
    //                                         4·250·3 + 4·250·4 + 2·250·1 = 7500  / 2500 = 3.00
    // Domain 3 (21–28 at 2, 29–31 at 3):      8·150·2 + 3·150·3           = 3750  / 1650 = 2.2727… → 2.27
    // Domain 4 (32–41 at 3, 42–47 at 4):      10·275·3 + 6·300·4          = 15450 / 4550 = 3.3956… → 3.40
    // Index: (2600 + 7500 + 3750 + 15450) / 10000 = 29300 / 10000 = 2.93 → Baik
    const levels = levelsFrom([
      [1, 10, 2],
      [11, 14, 3],
      [15, 18, 4],
      [19, 20, 1],
      [21, 28, 2],
      [29, 31, 3],
      [32, 41, 3],
      [42, 47, 4],
    ]);
    const result = complete(computeIndex(spbe, levels));
    expect([result.index.text, result.predikat]).toEqual(['2.93', 'Baik']);
    expect(result.domains.map((d) => [d.no, d.index?.text])).toEqual([
      [1, '2.00'],
      [2, '3.00'],
      [3, '2.27'],
      [4, '3.40'],
    ]);
    expect(result.domains.flatMap((d) => d.aspects.map((a) => a.index?.text))).toEqual(['2.00', '3.00', '4.00', '1.00', '2.00', '3.00', '3.00', '4.00']);
    expect(result.domains[2].index?.value).toBeCloseTo(3750 / 1650, 12);
  });

  it('lists the weakest indicators: lowest level first, heavier first on a tie', () => {
    const levels = levelsFrom([[1, 47, 3], [1, 2, 1], [19, 20, 1], [42, 42, 2], [32, 32, 2]]);
    const result = computeIndex(spbe, levels);
    expect(result.weakest.map((w) => [w.no, w.level, w.weightPct])).toEqual([
      [19, 1, 2.5],
      [20, 1, 2.5],
      [1, 1, 1.3],
      [2, 1, 1.3],
      [42, 2, 3],
    ]);
    expect(computeIndex(spbe, levels, { weakestLimit: 6 }).weakest[5]).toMatchObject({ no: 32, level: 2, weightPct: 2.75, domainNo: 4, aspectNo: 7 });
  });

  it('reaches exactly 2.60 Baik, and one step less is 2.59 Cukup', () => {
    // Above level 1: domain 4 +2 (9100), domain 2 +2 (5000), domain 1 +1 (1300), ind. 21–24 +1 (600) = 16000 → 1 + 1.6
    const base: [number, number, number][] = [[1, 47, 1], [32, 47, 3], [11, 20, 3], [1, 10, 2]];
    expect(complete(computeIndex(spbe, levelsFrom([...base, [21, 24, 2]]))).index.text).toBe('2.60');
    expect(complete(computeIndex(spbe, levelsFrom([...base, [21, 24, 2]]))).predikat).toBe('Baik');
    // Without ind. 24: 15850 → 2.585, published half up as 2.59
    const below = complete(computeIndex(spbe, levelsFrom([...base, [21, 23, 2]])));
    expect([below.index.text, below.predikat]).toEqual(['2.59', 'Cukup']);
  });

  it('gives no index for an incomplete assessment and lists what is missing', () => {
    const levels = allAt(3, 47);
    levels.delete(47);
    levels.delete(5);
    const result = computeIndex(spbe, levels);
    expect(result).toMatchObject({ complete: false, index: null, predikat: null, missing: [5, 47] });
  });

  it('still scores the domains and aspects that are complete', () => {
    const result = computeIndex(spbe, levelsFrom([[1, 20, 4]]));
    expect(result.domains.map((d) => d.index?.text ?? null)).toEqual(['4.00', '4.00', null, null]);
    expect(result.domains[2].missing).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
  });

  it('gives an empty assessment every indicator as missing', () => {
    expect(computeIndex(spbe, new Map()).missing).toHaveLength(47);
  });

  it('refuses a level outside 1–5', () => {
    expect(() => computeIndex(spbe, new Map([[1, 6]]))).toThrow(SpbeLevelOutOfRangeError);
  });

  it('refuses an unknown indicator number', () => {
    expect(() => computeIndex(spbe, new Map([[48, 3]]))).toThrow(SpbeIndicatorUnknownError);
  });

  describe('with a second, made-up framework (frameworks are data)', () => {
    const tiny = validateFramework(aTinyFramework());

    it('computes its index, domains and predikat with no code change', () => {
      // (50·4 + 30·2 + 20·1) / 100 = 280 / 100 = 2.80 → Sedang; domain 2: (60 + 20) / 50 = 1.60
      const result = complete(computeIndex(tiny, new Map([[1, 4], [2, 2], [3, 1]])));
      expect([result.frameworkId, result.index.text, result.predikat]).toEqual(['tiny-2030', '2.80', 'Sedang']);
      expect(result.domains.map((d) => d.index?.text)).toEqual(['4.00', '1.60']);
    });

    it('follows its own level range (1–4)', () => {
      expect(() => computeIndex(tiny, new Map([[1, 5]]))).toThrow('indicator 1 has level 5; levels are whole numbers 1–4');
    });

    it('rounds an exact x.xx5 half up', () => {
      // weights 0.5 % and 99.5 %: (50·2 + 9950·1) / 10000 = 1.005 → 1.01 (float toFixed gives 1.00)
      const halves = validateFramework(
        aTinyFramework({
          domains: [
            {
              no: 1,
              name: 'Satu',
              weightPct: 100,
              aspects: [{ no: 1, name: 'A', weightPct: 100, indicators: [{ no: 1, name: 'Kecil', weightPct: 0.5 }, { no: 2, name: 'Besar', weightPct: 99.5 }] }],
            },
          ],
        }),
      );
      expect(complete(computeIndex(halves, new Map([[1, 2], [2, 1]]))).index.text).toBe('1.01');
    });
  });
});
