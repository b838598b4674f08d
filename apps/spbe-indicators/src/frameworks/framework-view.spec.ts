import { loadPermenPanRb59Framework } from '@selaras/domain-spbe';
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
    expect(Object.keys(view)).toEqual(['id', 'version', 'name', 'regulation', 'effectiveYear', 'origin', 'current', 'createdAt', 'indicatorCount', 'levels', 'predikat', 'domains']);
    expect(view).toMatchObject({ id: 'permenpanrb-59-2020', version: '59/2020', origin: 'seed', current: true, indicatorCount: 47 });
    expect(view.domains[1].aspects.map((a) => [a.no, a.weightPct, a.indicators.length])).toEqual([[2, 10, 4], [3, 10, 4], [4, 5, 2]]);
  });
});
