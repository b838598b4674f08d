import { SpbeIndicatorUnknownError, SpbeLevelOutOfRangeError } from '../framework/framework.errors';
import { SpbeFramework } from '../framework/validate-framework';

/**
 * Refuses levels for unknown indicators ({@link SpbeIndicatorUnknownError}, `SPBE_INDICATOR_UNKNOWN`)
 * and levels that are not whole numbers from 1 to the framework's highest level
 * ({@link SpbeLevelOutOfRangeError}, `SPBE_LEVEL_OUT_OF_RANGE`). Lists every offender.
 */
export function checkLevels(framework: SpbeFramework, levels: ReadonlyMap<number, number>): void {
  const unknown = [...levels.keys()].filter((no) => !framework.indicatorsByNo.has(no)).sort((a, b) => a - b);
  if (unknown.length > 0) throw new SpbeIndicatorUnknownError(unknown, framework.id);
  const outOfRange = [...levels]
    .filter(([, level]) => !isLevel(level, framework.maxLevel))
    .sort(([a], [b]) => a - b)
    .map(([no, level]) => `indicator ${no} has level ${String(level)}; levels are whole numbers 1–${framework.maxLevel}`);
  if (outOfRange.length > 0) throw new SpbeLevelOutOfRangeError(outOfRange);
}

/** {@link checkLevels} for one indicator, e.g. before recording it. */
export function checkIndicatorLevel(framework: SpbeFramework, indicatorNo: number, level: number): void {
  checkLevels(framework, new Map([[indicatorNo, level]]));
}

function isLevel(level: unknown, maxLevel: number): boolean {
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= maxLevel;
}
