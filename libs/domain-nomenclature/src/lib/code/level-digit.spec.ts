import { generalLevelOfDigit, isDigitAllowedAtLevel, SPECIAL_REGIMES, specialRegimeOfDigit } from './level-digit';

describe(generalLevelOfDigit.name, () => {
  it('maps 1 to PROV, 2 to KABKOT and special digits to null', () => {
    expect([1, 2, 3, 8].map((d) => generalLevelOfDigit(d as 1))).toEqual(['PROV', 'KABKOT', null, null]);
  });
});

describe(specialRegimeOfDigit.name, () => {
  it('knows one regime for each digit 3–8 and none for 1 and 2', () => {
    expect(SPECIAL_REGIMES.map((r) => r.digit)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(specialRegimeOfDigit(1)).toBeNull();
    expect(specialRegimeOfDigit(7)?.provinces).toEqual(['11']);
  });
});

describe(isDigitAllowedAtLevel.name, () => {
  it('follows the general rule for 1 and 2', () => {
    expect(isDigitAllowedAtLevel(1, 'PROV')).toBe(true);
    expect(isDigitAllowedAtLevel(1, 'KABKOT')).toBe(false);
    expect(isDigitAllowedAtLevel(2, 'KABKOT')).toBe(true);
    expect(isDigitAllowedAtLevel(2, 'PROV')).toBe(false);
  });

  it('allows special digits at the levels where the real list has them', () => {
    expect(isDigitAllowedAtLevel(7, 'KABKOT')).toBe(true);
    expect(isDigitAllowedAtLevel(6, 'KABKOT')).toBe(false);
    expect(isDigitAllowedAtLevel(8, 'PROV')).toBe(true);
  });
});
