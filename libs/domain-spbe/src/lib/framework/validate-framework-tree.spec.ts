import { FrameworkDefinition } from './framework-definition';
import { thrownBy } from '../testing/thrown-by';
import { aTinyFramework } from '../testing/framework.fixtures';
import { validateFramework } from './validate-framework';

/** A made-up framework written as groups with tiers of its own: pilar → area → indicator. */
function aThreeTierTree(overrides: Partial<FrameworkDefinition> = {}): FrameworkDefinition {
  const { domains: _domains, ...metadata } = aTinyFramework();
  return {
    ...metadata,
    tiers: [
      { key: 'pilar', name: 'Pilar' },
      { key: 'area', name: 'Area' },
    ],
    groups: [
      { no: 1, name: 'Satu', weightPct: 60, groups: [{ no: 1, name: 'A', weightPct: 60, indicators: [{ no: 1, name: 'I1', weightPct: 60 }] }] },
      { no: 2, name: 'Dua', weightPct: 40, groups: [{ no: 2, name: 'B', weightPct: 40, indicators: [{ no: 2, name: 'I2', weightPct: 25 }, { no: 3, name: 'I3', weightPct: 15 }] }] },
    ],
    ...overrides,
  };
}

describe(`${validateFramework.name} on a tree with tiers of its own`, () => {
  it('names each indicator’s path by the framework’s tiers', () => {
    const framework = validateFramework(aThreeTierTree());
    expect(framework.tiers.map((t) => t.key)).toEqual(['pilar', 'area']);
    expect(framework.indicators.map((i) => [i.no, i.path.map((p) => `${p.tier}${p.no}`).join('/')])).toEqual([
      [1, 'pilar1/area1'],
      [2, 'pilar2/area2'],
      [3, 'pilar2/area2'],
    ]);
    expect(framework.groups[1].indicators.map((i) => i.no)).toEqual([2, 3]);
  });

  it('reads the 59/2020 shape as the tiers domain and aspect', () => {
    const framework = validateFramework(aTinyFramework());
    expect(framework.tiers.map((t) => t.key)).toEqual(['domain', 'aspect']);
    expect(framework.indicators[2]).toMatchObject({ no: 3, domainNo: 2, aspectNo: 2 });
  });

  it('checks each group’s weight against its indicators, naming the tier', () => {
    const tree = aThreeTierTree();
    const heavy = { ...tree, groups: [tree.groups?.[0], { ...tree.groups?.[1], weightPct: 45 }] } as FrameworkDefinition;
    expect(thrownBy(() => validateFramework(heavy)).problems).toEqual(["pilar 2 'Dua' weighs 45% but its indicators sum to 40%"]);
  });

  it('refuses groups without tiers, both shapes at once, and indicators above the last tier', () => {
    expect(() => validateFramework(aThreeTierTree({ tiers: undefined }))).toThrow(/groups need their tiers/);
    expect(() => validateFramework({ ...aThreeTierTree(), domains: aTinyFramework().domains })).toThrow(/either as groups \(with tiers\) or as domains, not both/);
    expect(() => validateFramework({ ...aTinyFramework(), tiers: [{ key: 'pilar', name: 'Pilar' }] })).toThrow(/tiers go with groups/);
    const shallow = aThreeTierTree({ tiers: [{ key: 'pilar', name: 'Pilar' }] });
    expect(thrownBy(() => validateFramework(shallow)).problems).toEqual([
      'pilar 1 has no indicators',
      'pilar 1 is on the last tier but has groups',
      "group 1 'A' lies deeper than the 1 tier(s) named",
      'pilar 2 has no indicators',
      'pilar 2 is on the last tier but has groups',
      "group 2 'B' lies deeper than the 1 tier(s) named",
    ]);
  });
});
