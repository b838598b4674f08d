import { DomainError } from '@selaras/service-kit';
import { aRecordedLevel } from '../testing/assessment.fixtures';
import { assertEachIndicatorOnce, Evidence, LevelInput, levelChanges, levelsAfter, normaliseEvidence, RecordedLevel } from './level-changes';

const noEvidence: Evidence = { note: null, documentRef: null };
const input = (no: number, level: number, evidence = noEvidence): LevelInput => ({ no, level, evidence });

describe(levelChanges.name, () => {
  const current = new Map<number, RecordedLevel>([
    [1, aRecordedLevel({ no: 1, level: 2 })],
    [2, aRecordedLevel({ no: 2, level: 3, evidence: { note: 'SK Tim SPBE', documentRef: null } })],
  ]);

  it('reports a first level with no previous level', () => {
    expect(levelChanges(current, [input(3, 4)])).toEqual([{ ...input(3, 4), previousLevel: null, levelChanged: true }]);
  });

  it('reports a new level with the one it replaces', () => {
    expect(levelChanges(current, [input(1, 3)])).toEqual([{ ...input(1, 3), previousLevel: 2, levelChanged: true }]);
  });

  it('skips an input identical to what is stored', () => {
    expect(levelChanges(current, [input(1, 2), input(2, 3, { note: 'SK Tim SPBE', documentRef: null })])).toEqual([]);
  });

  it('records a change of evidence alone, marked as not changing the level', () => {
    const [change] = levelChanges(current, [input(2, 3, { note: 'SK Tim SPBE', documentRef: 'arsip://sk-12' })]);
    expect(change).toMatchObject({ no: 2, previousLevel: 3, levelChanged: false });
  });
});

describe(levelsAfter.name, () => {
  it('overlays the changes on what is stored', () => {
    const current = new Map([[1, aRecordedLevel({ no: 1, level: 2 })]]);
    const after = levelsAfter(current, [{ ...input(1, 4), previousLevel: 2, levelChanged: true }, { ...input(5, 1), previousLevel: null, levelChanged: true }]);
    expect([...after]).toEqual([[1, 4], [5, 1]]);
  });
});

describe(normaliseEvidence.name, () => {
  it('trims and turns blank text into no evidence', () => {
    expect(normaliseEvidence({ note: '  Perwali 12/2024 ', documentRef: '   ' })).toEqual({ note: 'Perwali 12/2024', documentRef: null });
    expect(normaliseEvidence(undefined)).toEqual(noEvidence);
  });
});

describe(assertEachIndicatorOnce.name, () => {
  it('refuses an indicator listed twice, naming it', () => {
    try {
      assertEachIndicatorOnce([input(1, 2), input(3, 3), input(1, 4)]);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'SPBE_INDICATOR_DUPLICATE', message: 'indicator 1 is listed more than once' });
    }
  });
});
