import { InvalidInputError } from '@selaras/service-kit';

/** Evidence as stored: blank text is no evidence. */
export interface Evidence {
  readonly note: string | null;
  readonly documentRef: string | null;
}

/** One indicator level as a caller sends it. */
export interface LevelInput {
  readonly no: number;
  readonly level: number;
  readonly evidence: Evidence;
}

/** One indicator level as stored. */
export interface RecordedLevel extends LevelInput {
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

/** An input that differs from what is stored, and so is written, kept in history and announced. */
export interface LevelChange extends LevelInput {
  readonly previousLevel: number | null;
  /** False when only the evidence changed: the index stays as it was. */
  readonly levelChanged: boolean;
}

export function normaliseEvidence(evidence: { note?: string; documentRef?: string } | undefined): Evidence {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  return { note: text(evidence?.note), documentRef: text(evidence?.documentRef) };
}

/** A bulk write names each indicator once; which of two levels was meant cannot be guessed. */
export function assertEachIndicatorOnce(inputs: readonly LevelInput[]): void {
  const seen = new Set<number>();
  const twice = new Set<number>();
  for (const { no } of inputs) (seen.has(no) ? twice : seen).add(no);
  if (twice.size > 0) {
    const reason = `indicator ${[...twice].join(', ')} is listed more than once`;
    throw new InvalidInputError('SPBE_INDICATOR_DUPLICATE', reason, [{ field: 'levels', reason }]);
  }
}

/**
 * The inputs that change something. Sending the same level and evidence again is not a
 * change (PUT is idempotent): nothing is written, kept in history or published for it.
 */
export function levelChanges(current: ReadonlyMap<number, RecordedLevel>, inputs: readonly LevelInput[]): LevelChange[] {
  return inputs.flatMap((input) => {
    const before = current.get(input.no);
    const levelChanged = before?.level !== input.level;
    const evidenceChanged = before?.evidence.note !== input.evidence.note || before?.evidence.documentRef !== input.evidence.documentRef;
    if (!levelChanged && !evidenceChanged) return [];
    return [{ ...input, previousLevel: before?.level ?? null, levelChanged }];
  });
}

/** The levels after the changes, as `computeIndex` takes them. */
export function levelsAfter(current: ReadonlyMap<number, RecordedLevel>, changes: readonly LevelChange[]): Map<number, number> {
  const levels = new Map([...current].map(([no, r]) => [no, r.level]));
  for (const change of changes) levels.set(change.no, change.level);
  return levels;
}
