import { alignmentOf, priorityMatch, prioritySupport } from './alignment';
import { aPriority } from './testing/sync-facts.builders';

describe(priorityMatch.name, () => {
  it('matches a program priority on the program code', () => {
    expect(priorityMatch('2.16.03')).toEqual({ kind: 'program', key: '2.16.03' });
  });

  it('matches a kegiatan priority on its meaning, without the level digit', () => {
    expect(priorityMatch('1.02.02.1.01')).toEqual({ kind: 'kegiatan', key: '1.02.02.01' });
  });
});

describe(alignmentOf.name, () => {
  const program = aPriority({ id: 'a', code: '2.16.03' });
  const kegiatan = aPriority({ id: 'b', code: '1.02.02.1.01', title: 'Rujukan kesehatan' });

  it('counts a priority as supported by a level-2 usulan of the same kegiatan meaning', () => {
    const result = alignmentOf([program, kegiatan], [{ region: '81.71', programKey: '1.02.02', kegiatanKey: '1.02.02.01' }]);
    expect(result.alignment).toEqual({ priorities: 2, supported: 1, percent: 50, supportedPriorities: [{ id: 'b', code: '1.02.02.1.01', title: 'Rujukan kesehatan' }] });
    expect(result.gaps.map((g) => g.id)).toEqual(['a']);
  });

  it('does not take the same program under another kegiatan for a kegiatan priority', () => {
    const result = alignmentOf([kegiatan], [{ region: '81.71', programKey: '1.02.02', kegiatanKey: '1.02.02.03' }]);
    expect(result.alignment.supported).toBe(0);
  });

  it('has no percentage when the province declared no priorities', () => {
    expect(alignmentOf([], []).alignment).toEqual({ priorities: 0, supported: 0, percent: null, supportedPriorities: [] });
  });

  it('rounds the percentage to one decimal', () => {
    const three = [program, kegiatan, aPriority({ id: 'c', code: '3.25.02' })];
    expect(alignmentOf(three, [{ region: '81.71', programKey: '2.16.03', kegiatanKey: '2.16.03.02' }]).alignment.percent).toBe(33.3);
  });
});

describe(prioritySupport.name, () => {
  it('lists the kab/kota supporting each priority', () => {
    const keys = new Map([['81.72', [{ region: '81.72', programKey: '2.16.03', kegiatanKey: '2.16.03.02' }]]]);
    expect(prioritySupport([aPriority()], keys, ['81.71', '81.72'])).toEqual([
      { id: 'p-spbe', code: '2.16.03', title: 'Transformasi digital pemerintahan', kind: 'program', matchKey: '2.16.03', supportedBy: ['81.72'] },
    ]);
  });
});
