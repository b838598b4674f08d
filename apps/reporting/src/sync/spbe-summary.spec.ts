import { chosenIndex, hundredthsGap, spbeSummary } from './spbe-summary';
import { anSpbe59Index, anSpbeIndex, anSpbeTarget, PEMDI, SPBE_59, spbeFacts } from './testing/sync-facts.builders';

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
      targets: [anSpbeTarget({ region: '81.71', year: 2027, target: 3.5 })],
      addressed: new Map([['81.71', new Set([32])]]),
    });
    expect(spbeSummary(facts, '81.71', 2027)).toEqual({
      framework: expect.objectContaining({ id: PEMDI, name: 'Indeks Pemdi', provisional: true }),
      year: 2026,
      kind: 'final',
      index: 3.03,
      indexText: '3.03',
      predikat: 'Baik',
      target: 3.5,
      gap: 0.47,
      needsTargetUnder: null,
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
    expect(spbeSummary(spbeFacts({ targets: [anSpbeTarget({ region: '81.72', year: 2027, target: 2.6 })] }), '81.72', 2027)).toMatchObject({ index: null, target: 2.6, gap: null, weakest: [] });
    expect(spbeSummary(spbeFacts(), '81.01', 2027)).toBeNull();
  });

  describe('across the change of framework (59/2020 to 2025, Indeks Pemdi from 2026)', () => {
    const facts = spbeFacts({
      indexes: [anSpbe59Index({ year: 2025, index: 3.6, indexText: '3.60', predikat: 'Sangat Baik' }), anSpbeIndex({ year: 2026, index: 3.6, indexText: '3.60', predikat: 'Sangat Baik' })],
    });

    it('shows the 2025 report on Indeks SPBE and the 2026 report on Indeks Pemdi, each with its own predikat', () => {
      expect(spbeSummary(facts, '81.71', 2025)).toMatchObject({ framework: { id: SPBE_59, name: 'Indeks SPBE', provisional: false }, year: 2025, indexText: '3.60' });
      expect(spbeSummary(facts, '81.71', 2026)).toMatchObject({ framework: { id: PEMDI, name: 'Indeks Pemdi', provisional: true }, year: 2026, indexText: '3.60' });
    });

    it('never stands a 59/2020 index in for a Pemdi year', () => {
      const only59 = spbeFacts({ indexes: [anSpbe59Index({ year: 2025 })] });
      expect(spbeSummary(only59, '81.71', 2027)).toBeNull();
      // and a 59/2020 assessment someone pinned to 2026 is not the 2026 Pemdi index either
      expect(spbeSummary(spbeFacts({ indexes: [anSpbe59Index({ year: 2026 })] }), '81.71', 2026)).toBeNull();
    });

    it('asks for a Pemdi target when the 2027 target was set on Indeks SPBE, and computes no gap against it', () => {
      const summary = spbeSummary(spbeFacts({ indexes: [anSpbeIndex()], targets: [anSpbeTarget({ year: 2027, target: 3.5, frameworkId: SPBE_59 })] }), '81.71', 2027);
      expect(summary).toMatchObject({ target: null, gap: null, needsTargetUnder: { id: PEMDI, name: 'Indeks Pemdi' } });
    });

    it('shows a region with only a 59/2020 target for 2027 as needing a Pemdi target', () => {
      const summary = spbeSummary(spbeFacts({ targets: [anSpbeTarget({ year: 2027, frameworkId: SPBE_59 })] }), '81.71', 2027);
      expect(summary).toMatchObject({ framework: { id: PEMDI }, index: null, target: null, needsTargetUnder: { id: PEMDI } });
    });

    it('flags the 2027 target on Indeks SPBE even when the 2026 Pemdi target stands in as the assessed year’s', () => {
      const targets = [anSpbeTarget({ year: 2027, target: 3.5, frameworkId: SPBE_59 }), anSpbeTarget({ year: 2026, target: 3 })];
      expect(spbeSummary(spbeFacts({ indexes: [anSpbeIndex()], targets }), '81.71', 2027)).toMatchObject({ target: 3, gap: -0.03, needsTargetUnder: { id: PEMDI } });
    });

    it('keeps a 59/2020 target of 2025 as the 2025 target', () => {
      const summary = spbeSummary(spbeFacts({ indexes: [anSpbe59Index()], targets: [anSpbeTarget({ year: 2025, target: 3.5, frameworkId: SPBE_59 })] }), '81.71', 2025);
      expect(summary).toMatchObject({ target: 3.5, gap: 0.47, needsTargetUnder: null });
    });
  });
});
