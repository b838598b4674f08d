import { spbeFrameworkLabel, SpbeFrameworkLabel } from '../sync/spbe-framework';
import { SpbeIndexFact } from '../sync/sync-facts';

export interface SpbeHistoryPoint {
  year: number;
  /** `final` when a verified value exists for the year, else `self`. */
  kind: 'self' | 'final';
  index: number;
  indexText: string;
  predikat: string;
}

/** One framework's indexes of a region, oldest year first. */
export interface SpbeSeries {
  framework: SpbeFrameworkLabel;
  points: SpbeHistoryPoint[];
}

/**
 * A region's index over the years as one series per framework (Indeks SPBE 59/2020, then
 * Indeks Pemdi 8/2026), ordered by their first year. The series are never joined into one line:
 * the methods, weights and predikat bands differ and no source publishes a mapping between them.
 * Per year the verified (final) index is shown, else the self-assessment.
 */
export function spbeHistory(indexes: readonly SpbeIndexFact[], region: string): SpbeSeries[] {
  const byFramework = new Map<string, Map<number, SpbeIndexFact>>();
  for (const i of indexes) {
    if (i.region !== region) continue;
    const years = byFramework.get(i.frameworkId) ?? new Map<number, SpbeIndexFact>();
    byFramework.set(i.frameworkId, years);
    const seen = years.get(i.year);
    if (!seen || (seen.kind === 'self' && i.kind === 'final')) years.set(i.year, i);
  }
  return [...byFramework]
    .map(([id, years]) => ({
      framework: spbeFrameworkLabel(id),
      points: [...years.values()].sort((a, b) => a.year - b.year).map((i) => ({ year: i.year, kind: i.kind, index: i.index, indexText: i.indexText, predikat: i.predikat })),
    }))
    .sort((a, b) => a.points[0].year - b.points[0].year || a.framework.effectiveYear - b.framework.effectiveYear);
}
