import { chosenIndex, hundredthsGap, spbeSummary } from './spbe-summary';
import { anSpbeIndex, spbeFacts } from './testing/sync-facts.builders';

describe(chosenIndex.name, () => {
  it('prefers the latest final assessment over a later self-assessment', () => {
    const indexes = [anSpbeIndex({ year: 2025, kind: 'final', index: 2.9 }), anSpbeIndex({ year: 2026, kind: 'self', index: 3.2 })];
    expect(chosenIndex(indexes, '81.71', 2027)).toMatchObject({ year: 2025, kind: 'final' });
  });

  it('falls back to the latest self-assessment and ignores years after the report', () => {
    const indexes = [anSpbeIndex({ year: 2025, kind: 'self', index: 2.1 }), anSpbeIndex({ year: 2026, kind: 'self', index: 2.4 }), anSpbeIndex({ year: 2028, kind: 'final' })];
    expect(chosenIndex(indexes, '81.71', 2027)).toMatchObject({ year: 2026, kind: 'self' });
  });
});

describe(hundredthsGap.name, () => {
  it('subtracts two-decimal figures exactly', () => {
    expect(hundredthsGap(3.5, 3.03)).toBe(0.47);
    expect(hundredthsGap(2.6, 3.1)).toBe(-0.5);
  });
});

describe(spbeSummary.name, () => {
  it('shows the index with the target set for the report year, its gap and whether usulan address the weakest indicators', () => {
    const facts = spbeFacts({
      indexes: [anSpbeIndex({ target: 3.2, weakest: [{ no: 42, name: 'Pengaduan', level: 1, weight: 3 }, { no: 32, name: 'Arsitektur', level: 2, weight: 2 }] })],
      targets: [{ region: '81.71', year: 2027, target: 3.5 }],
      addressed: new Map([['81.71', new Set([32])]]),
    });
    expect(spbeSummary(facts, '81.71', 2027)).toEqual({
      year: 2026,
      kind: 'final',
      index: 3.03,
      indexText: '3.03',
      predikat: 'Baik',
      target: 3.5,
      gap: 0.47,
      weakest: [
        { no: 42, name: 'Pengaduan', level: 1, weight: 3, addressed: false },
        { no: 32, name: 'Arsitektur', level: 2, weight: 2, addressed: true },
      ],
    });
  });

  it('uses the target the index was computed with when none was set for the year', () => {
    expect(spbeSummary(spbeFacts({ indexes: [anSpbeIndex({ target: 3.2 })] }), '81.71', 2027)).toMatchObject({ target: 3.2, gap: 0.17 });
  });

  it('shows a target alone, and nothing for a region without SPBE data', () => {
    expect(spbeSummary(spbeFacts({ targets: [{ region: '81.72', year: 2027, target: 2.6 }] }), '81.72', 2027)).toMatchObject({ index: null, target: 2.6, gap: null, weakest: [] });
    expect(spbeSummary(spbeFacts(), '81.01', 2027)).toBeNull();
  });
});
