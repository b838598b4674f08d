import { loadPermenPanRb59Framework, loadPermenPanRb8Framework } from '@selaras/domain-spbe';
import { FrameworkEntity } from './framework.entity';
import { toFrameworkView } from './framework-view';

describe(toFrameworkView.name, () => {
  const definition = loadPermenPanRb59Framework().definition;
  const row = Object.assign(new FrameworkEntity(), {
    id: definition.id,
    version: definition.version,
    name: definition.name,
    regulation: definition.regulation,
    effectiveYear: definition.effectiveYear,
    definition,
    origin: 'seed',
    createdBy: 'seed',
    createdAt: new Date('2025-01-01T00:00:00Z'),
  });

  it('shows identity and provenance first, then levels, predikat and the weighted tree', () => {
    const view = toFrameworkView(row, true);
    expect(Object.keys(view)).toEqual(['id', 'version', 'name', 'regulation', 'effectiveYear', 'provisional', 'origin', 'current', 'createdAt', 'indicatorCount', 'levels', 'predikat', 'domains']);
    expect(view).toMatchObject({ id: 'permenpanrb-59-2020', version: '59/2020', origin: 'seed', current: true, indicatorCount: 47, provisional: false });
    expect(view.domains?.[1].aspects.map((a) => [a.no, a.weightPct, a.indicators.length])).toEqual([[2, 10, 4], [3, 10, 4], [4, 5, 2]]);
  });
});

describe(`${toFrameworkView.name} of Indeks Pemdi (8/2026)`, () => {
  const definition = loadPermenPanRb8Framework().definition;
  const row = Object.assign(new FrameworkEntity(), { id: definition.id, version: definition.version, definition, origin: 'seed', createdAt: new Date('2026-06-05T00:00:00Z') });

  it('shows it provisional, with its source note, its aspect tier and the indicators scored from other indices', () => {
    const view = toFrameworkView(row, true);
    expect(view).toMatchObject({ id: 'permenpanrb-8-2026', name: 'Indeks Pemdi', effectiveYear: 2026, provisional: true, indicatorCount: 20, tiers: [{ key: 'aspect', name: 'Aspek' }] });
    expect(view.sourceNote).toMatch(/regulation text itself was not seen/);
    expect(view.domains).toBeUndefined();
    expect(view.groups?.map((a) => a.weightPct)).toEqual([10, 10, 15, 15, 10, 15, 25]);
    expect(view.groups?.[2].indicators?.[0]).toMatchObject({ no: 5, weightPct: 5, scoredFrom: 'SDI' });
  });
});
