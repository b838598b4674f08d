import { RecordedLevel } from '../assessments/level-changes';

/** A stored level of Kota Ambon's operator; pass overrides for the case under test. */
export function aRecordedLevel(overrides: Partial<RecordedLevel> = {}): RecordedLevel {
  return {
    no: 1,
    level: 3,
    evidence: { note: null, documentRef: null },
    recordedBy: 'operator@81.71',
    recordedAt: new Date('2025-03-01T08:00:00Z'),
    ...overrides,
  };
}

/** Stored levels from `[from, to, level]` ranges of indicator numbers, e.g. `[[1, 47, 3]]`. */
export function recordedLevels(ranges: readonly [number, number, number][]): Map<number, RecordedLevel> {
  const levels = new Map<number, RecordedLevel>();
  for (const [from, to, level] of ranges) for (let no = from; no <= to; no++) levels.set(no, aRecordedLevel({ no, level }));
  return levels;
}
