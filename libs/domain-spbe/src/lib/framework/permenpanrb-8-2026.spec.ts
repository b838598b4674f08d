import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkFromAspectCsv } from './framework-from-aspect-csv';
import { loadPermenPanRb8Framework, PERMENPANRB_8_2026_FILE } from './load-framework';
import { PEMDI_8_2026_METADATA } from './pemdi-metadata';

const CSV_FILE = join(PERMENPANRB_8_2026_FILE, '..', 'pemdi_indikator_permenpanrb_8_2026.csv');

describe(`${loadPermenPanRb8Framework.name} (data/permenpanrb-8-2026.json)`, () => {
  const framework = loadPermenPanRb8Framework();

  it('agrees with the indicator CSV and the metadata it was generated from', () => {
    const json = JSON.parse(readFileSync(PERMENPANRB_8_2026_FILE, 'utf8'));
    expect(frameworkFromAspectCsv(readFileSync(CSV_FILE, 'utf8'), PEMDI_8_2026_METADATA)).toEqual(json);
  });

  it('is Indeks Pemdi, in force from 2026, and provisional', () => {
    expect(framework.definition).toMatchObject({ id: 'permenpanrb-8-2026', name: 'Indeks Pemdi', version: '8/2026', effectiveYear: 2026, provisional: true });
    expect(framework.provisional).toBe(true);
    expect(framework.definition.sourceNote).toMatch(/JDIH/);
  });

  it('is a tree of 7 aspects over 20 indicators, with no domains', () => {
    expect(framework.tiers).toEqual([{ key: 'aspect', name: 'Aspek' }]);
    expect(framework.groups.map((a) => [a.no, a.indicators.map((i) => i.no)])).toEqual([
      [1, [1, 2]],
      [2, [3, 4]],
      [3, [5, 6, 7, 8]],
      [4, [9, 10, 11, 12]],
      [5, [13, 14]],
      [6, [15, 16, 17, 18]],
      [7, [19, 20]],
    ]);
    expect(framework.indicators.every((i) => i.domainNo === undefined)).toBe(true);
  });

  it('weighs the aspects 10/10/15/15/10/15/25 and the indicators as the findings list them, in whole percent', () => {
    expect(framework.groups.map((a) => a.weightPct)).toEqual([10, 10, 15, 15, 10, 15, 25]);
    expect(framework.indicators.map((i) => i.weightPct)).toEqual([5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15]);
    expect([framework.unitsPerPercent, framework.totalUnits]).toEqual([1, 100]);
  });

  it('carries its own predikat bands and level labels', () => {
    expect(framework.definition.predikat.map((p) => [p.min, p.name])).toEqual([
      [4, 'Memuaskan'],
      [3.5, 'Sangat Baik'],
      [2.5, 'Baik'],
      [1.5, 'Cukup'],
      [1, 'Kurang'],
    ]);
    expect(framework.definition.levels.map((l) => l.name)).toEqual(['Merintis', 'Membangun', 'Berkembang', 'Melembaga', 'Unggul']);
  });

  it('notes which indicators take their level from another agency’s index', () => {
    expect(framework.indicators.filter((i) => i.scoredFrom).map((i) => [i.no, i.scoredFrom])).toEqual([
      [5, 'SDI'],
      [6, 'SJIG'],
      [7, 'EPSS'],
      [10, 'IKASANDI'],
      [11, 'IKASANDI'],
      [12, 'IKASANDI'],
    ]);
  });
});
