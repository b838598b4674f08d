import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FrameworkDefinition } from './framework-definition';
import { frameworkFromIndicatorCsv } from './framework-from-csv';
import { loadPermenPanRb59Framework, PERMENPANRB_59_2020_FILE } from './load-framework';

const CSV_FILE = join(PERMENPANRB_59_2020_FILE, '..', 'spbe_indikator_permenpanrb_59_2020.csv');

describe(`${loadPermenPanRb59Framework.name} (data/permenpanrb-59-2020.json)`, () => {
  const framework = loadPermenPanRb59Framework();
  const json = JSON.parse(readFileSync(PERMENPANRB_59_2020_FILE, 'utf8')) as FrameworkDefinition;

  it('agrees with the indicator CSV it was generated from', () => {
    const { domains: _domains, ...metadata } = json;
    expect(frameworkFromIndicatorCsv(readFileSync(CSV_FILE, 'utf8'), metadata)).toEqual(json);
  });

  it('has 4 domains, 8 aspects and 47 indicators numbered 1–47', () => {
    const def = framework.definition;
    expect(def.domains).toHaveLength(4);
    expect(def.domains.flatMap((d) => d.aspects)).toHaveLength(8);
    expect(framework.indicators.map((i) => i.no)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
  });

  it('weighs the domains 13, 25, 16.5 and 45.5 percent, in basis points', () => {
    expect(framework.definition.domains.map((d) => d.weightPct)).toEqual([13, 25, 16.5, 45.5]);
    expect(framework.unitsPerPercent).toBe(100);
    expect(framework.totalUnits).toBe(10000);
  });

  it('weighs the aspects as method.md lists them', () => {
    expect(framework.definition.domains.flatMap((d) => d.aspects.map((a) => a.weightPct))).toEqual([13, 10, 10, 5, 12, 4.5, 27.5, 18]);
  });

  it('carries the predikat thresholds and five level names', () => {
    expect(framework.definition.predikat).toEqual([
      { min: 4.2, name: 'Memuaskan' },
      { min: 3.5, name: 'Sangat Baik' },
      { min: 2.6, name: 'Baik' },
      { min: 1.8, name: 'Cukup' },
      { min: 0, name: 'Kurang' },
    ]);
    expect(framework.definition.levels.map((l) => l.name)).toEqual(['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum']);
    expect(framework.maxLevel).toBe(5);
  });

  it('loads once', () => {
    expect(loadPermenPanRb59Framework()).toBe(framework);
  });
});
