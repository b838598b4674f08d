import { governmentLevelOf, governmentLevelOfRegion } from './government-level';

describe(governmentLevelOf.name, () => {
  it('maps provinsi to PROV and kabupaten_kota to KABKOT', () => {
    expect(governmentLevelOf('provinsi')).toBe('PROV');
    expect(governmentLevelOf('kabupaten_kota')).toBe('KABKOT');
  });
});

describe(governmentLevelOfRegion.name, () => {
  it('reads the level from the code', () => {
    expect(governmentLevelOfRegion('81')).toBe('PROV');
    expect(governmentLevelOfRegion('81.71')).toBe('KABKOT');
  });
});
