import { targetNeedsFramework } from './target-framework';

describe(targetNeedsFramework.name, () => {
  const pemdi = { id: 'permenpanrb-8-2026', name: 'Indeks Pemdi' };
  const spbe = { id: 'permenpanrb-59-2020', name: 'Indeks SPBE' };

  it('asks for a Pemdi target when a 2026-or-later target is on Indeks SPBE', () => {
    expect(targetNeedsFramework('permenpanrb-59-2020', pemdi)).toEqual(pemdi);
  });

  it('asks for nothing when the target is on the framework in force', () => {
    expect(targetNeedsFramework('permenpanrb-8-2026', pemdi)).toBeNull();
    expect(targetNeedsFramework('permenpanrb-59-2020', spbe)).toBeNull();
  });

  it('asks for nothing when no framework is in force that year', () => {
    expect(targetNeedsFramework('permenpanrb-59-2020', undefined)).toBeNull();
  });
});
