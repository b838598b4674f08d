import { RegionCodeMalformedError } from './region-code.errors';
import { isWithin, provinceOf, regionLevelOf } from './region-scope';

describe(provinceOf.name, () => {
  it('gives the province of a kab/kota', () => {
    expect(provinceOf('81.71')).toBe('81');
  });

  it('gives a province itself', () => {
    expect(provinceOf('81')).toBe('81');
  });

  it('throws the typed error for a malformed code', () => {
    expect(() => provinceOf('817')).toThrow(RegionCodeMalformedError);
  });
});

describe(regionLevelOf.name, () => {
  it('tells a province from a kab/kota', () => {
    expect(regionLevelOf('81')).toBe('provinsi');
    expect(regionLevelOf('81.72')).toBe('kabupaten_kota');
  });
});

describe(isWithin.name, () => {
  it('lets a province cover its own kab/kota', () => {
    expect(isWithin('81.71', '81')).toBe(true);
    expect(isWithin('81.72', '81')).toBe(true);
  });

  it('lets a province cover itself', () => {
    expect(isWithin('81', '81')).toBe(true);
  });

  it('does not let a province cover another province or its kab/kota', () => {
    expect(isWithin('82', '81')).toBe(false);
    expect(isWithin('82.71', '81')).toBe(false);
  });

  it('lets a kab/kota cover only itself', () => {
    expect(isWithin('81.71', '81.71')).toBe(true);
    expect(isWithin('81.72', '81.71')).toBe(false);
  });

  it('does not let a kab/kota cover its province', () => {
    expect(isWithin('81', '81.71')).toBe(false);
  });

  it('does not confuse 11.1 with 11.10', () => {
    expect(isWithin('11.10', '11.1')).toBe(false);
    expect(isWithin('11.1', '11')).toBe(false);
  });

  it('answers false instead of throwing for malformed codes', () => {
    expect(isWithin('81.71', '8')).toBe(false);
    expect(isWithin('8171', '81')).toBe(false);
  });
});
