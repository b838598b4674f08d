import { frameworkInForce, FrameworkVersionRef, latestVersionOf } from './framework-choice';

function aVersion(overrides: Partial<FrameworkVersionRef>): FrameworkVersionRef {
  return { id: 'permenpanrb-59-2020', version: '59/2020', effectiveYear: 2020, createdAt: new Date('2025-01-01T00:00:00Z'), ...overrides };
}

describe(frameworkInForce.name, () => {
  const spbe = aVersion({});
  const spbeErrata = aVersion({ version: '59/2020-ralat-1', createdAt: new Date('2025-06-01T00:00:00Z') });
  const pemdi = aVersion({ id: 'permenpanrb-8-2026', version: '8/2026', effectiveYear: 2026 });

  it('keeps years before the successor on PermenPANRB 59/2020, newest version first', () => {
    expect(frameworkInForce([pemdi, spbe, spbeErrata], 2025)).toBe(spbeErrata);
  });

  it('moves years from 2026 on to the successor added as data', () => {
    expect(frameworkInForce([spbe, pemdi], 2026)).toBe(pemdi);
    expect(frameworkInForce([spbe, pemdi], 2030)).toBe(pemdi);
  });

  it('has nothing for a year before every framework', () => {
    expect(frameworkInForce([pemdi], 2024)).toBeUndefined();
  });
});

describe(latestVersionOf.name, () => {
  it('gives the last stored version of an id, or nothing for an unknown id', () => {
    const first = aVersion({});
    const second = aVersion({ version: '59/2020-ralat-1', createdAt: new Date('2025-06-01T00:00:00Z') });
    expect(latestVersionOf([second, first], 'permenpanrb-59-2020')).toBe(second);
    expect(latestVersionOf([first], 'pemdi')).toBeUndefined();
  });
});
