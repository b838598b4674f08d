import { SpbeIndicatorUnknownError, SpbeLevelOutOfRangeError } from '../framework/framework.errors';
import { loadPermenPanRb59Framework } from '../framework/load-framework';
import { thrownBy } from '../testing/thrown-by';
import { checkIndicatorLevel, checkLevels } from './check-levels';

describe(checkLevels.name, () => {
  const spbe = loadPermenPanRb59Framework();

  it('accepts whole levels 1–5 for known indicators', () => {
    expect(() => checkLevels(spbe, new Map([[1, 1], [47, 5]]))).not.toThrow();
  });

  it('refuses unknown indicator numbers, listing them', () => {
    const error = thrownBy(() => checkLevels(spbe, new Map([[48, 3], [0, 3], [1, 3]])));
    expect(error).toBeInstanceOf(SpbeIndicatorUnknownError);
    expect(error).toMatchObject({ code: 'SPBE_INDICATOR_UNKNOWN', indicators: [0, 48], message: 'framework permenpanrb-59-2020 has no indicator: 0; 48' });
  });

  it('refuses levels outside 1–5 and fractions, with the SPBE_LEVEL_OUT_OF_RANGE code', () => {
    const error = thrownBy(() => checkLevels(spbe, new Map([[3, 6], [1, 0], [2, 2.5]])));
    expect(error).toBeInstanceOf(SpbeLevelOutOfRangeError);
    expect(error.code).toBe('SPBE_LEVEL_OUT_OF_RANGE');
    expect(error.problems).toEqual([
      'indicator 1 has level 0; levels are whole numbers 1–5',
      'indicator 2 has level 2.5; levels are whole numbers 1–5',
      'indicator 3 has level 6; levels are whole numbers 1–5',
    ]);
  });
});

describe(checkIndicatorLevel.name, () => {
  it('checks one level before it is recorded', () => {
    const spbe = loadPermenPanRb59Framework();
    expect(() => checkIndicatorLevel(spbe, 32, 4)).not.toThrow();
    expect(() => checkIndicatorLevel(spbe, 32, 7)).toThrow(SpbeLevelOutOfRangeError);
  });
});
