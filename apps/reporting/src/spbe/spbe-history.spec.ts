import { anSpbe59Index, anSpbeIndex, PEMDI, SPBE_59 } from '../sync/testing/sync-facts.builders';
import { spbeHistory } from './spbe-history';

describe(spbeHistory.name, () => {
  it('gives Indeks SPBE to 2025 and Indeks Pemdi from 2026 as two series, never one', () => {
    const history = spbeHistory(
      [
        anSpbeIndex({ year: 2027, kind: 'self', index: 3.1, indexText: '3.10' }),
        anSpbe59Index({ year: 2024, index: 2.7, indexText: '2.70', predikat: 'Baik' }),
        anSpbeIndex({ year: 2026, index: 2.9, indexText: '2.90' }),
        anSpbe59Index({ year: 2025, index: 3.6, indexText: '3.60', predikat: 'Sangat Baik' }),
        anSpbe59Index({ region: '81.72', year: 2025 }),
      ],
      '81.71',
    );
    expect(history.map((s) => [s.framework.id, s.framework.name, s.points.map((p) => [p.year, p.indexText, p.kind])])).toEqual([
      [SPBE_59, 'Indeks SPBE', [[2024, '2.70', 'final'], [2025, '3.60', 'final']]],
      [PEMDI, 'Indeks Pemdi', [[2026, '2.90', 'final'], [2027, '3.10', 'self']]],
    ]);
    expect(history[1].framework).toMatchObject({ effectiveYear: 2026, provisional: true });
  });

  it('shows the verified index of a year over its self-assessment', () => {
    const history = spbeHistory([anSpbeIndex({ kind: 'final', index: 2.5, indexText: '2.50' }), anSpbeIndex({ kind: 'self', index: 3.2, indexText: '3.20' })], '81.71');
    expect(history[0].points).toEqual([{ year: 2026, kind: 'final', index: 2.5, indexText: '2.50', predikat: 'Baik' }]);
  });

  it('is empty for a region never assessed', () => {
    expect(spbeHistory([anSpbeIndex()], '81.01')).toEqual([]);
  });
});
