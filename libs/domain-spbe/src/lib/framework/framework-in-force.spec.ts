import { bundledFramework, frameworkInForceFor } from './framework-in-force';

describe(frameworkInForceFor.name, () => {
  it.each([
    [2020, 'permenpanrb-59-2020'],
    [2025, 'permenpanrb-59-2020'],
    [2026, 'permenpanrb-8-2026'],
    [2027, 'permenpanrb-8-2026'],
  ])('gives %i the framework %s', (year, id) => {
    expect(frameworkInForceFor(year)?.id).toBe(id);
  });

  it('gives none before the first framework', () => {
    expect(frameworkInForceFor(2019)).toBeUndefined();
  });

  it('finds a bundled framework by id, and none for an unknown one', () => {
    expect(bundledFramework('permenpanrb-8-2026')?.definition.name).toBe('Indeks Pemdi');
    expect(bundledFramework('tiny-2030')).toBeUndefined();
  });
});
