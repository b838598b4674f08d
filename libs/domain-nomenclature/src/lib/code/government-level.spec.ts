import { describeGovernmentLevel, toGovernmentLevel } from './government-level';

describe(toGovernmentLevel.name, () => {
  it('accepts nomenclature and region level names', () => {
    expect(['PROV', 'provinsi', 'KABKOT', 'kabupaten_kota'].map((l) => toGovernmentLevel(l as 'PROV'))).toEqual(['PROV', 'PROV', 'KABKOT', 'KABKOT']);
  });
});

describe(describeGovernmentLevel.name, () => {
  it('gives the Indonesian name', () => {
    expect([describeGovernmentLevel('PROV'), describeGovernmentLevel('KABKOT')]).toEqual(['provinsi', 'kabupaten/kota']);
  });
});
