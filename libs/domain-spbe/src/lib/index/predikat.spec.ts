import { loadPermenPanRb59Framework } from '../framework/load-framework';
import { validateFramework } from '../framework/validate-framework';
import { aTinyFramework } from '../testing/framework.fixtures';
import { indexScore } from './index-score';
import { predikatOf } from './predikat';

describe(predikatOf.name, () => {
  const spbe = loadPermenPanRb59Framework();

  it.each([
    [5, 'Memuaskan'],
    [4.2, 'Memuaskan'],
    [4.19, 'Sangat Baik'],
    [3.5, 'Sangat Baik'],
    [3.49, 'Baik'],
    [2.6, 'Baik'],
    [2.59, 'Cukup'],
    [1.8, 'Cukup'],
    [1.79, 'Kurang'],
    [1, 'Kurang'],
  ])('gives %s the predikat %s', (index, predikat) => {
    expect(predikatOf(spbe, index)).toBe(predikat);
  });

  it('reads the published two decimals, so an exact 4.195 shown as 4.20 is Memuaskan', () => {
    const score = indexScore(41950, 10000);
    expect(score.text).toBe('4.20');
    expect(predikatOf(spbe, score)).toBe('Memuaskan');
  });

  it('uses another framework’s own thresholds', () => {
    const tiny = validateFramework(aTinyFramework());
    expect([predikatOf(tiny, 3), predikatOf(tiny, 2.99), predikatOf(tiny, 1)]).toEqual(['Tinggi', 'Sedang', 'Rendah']);
  });
});
