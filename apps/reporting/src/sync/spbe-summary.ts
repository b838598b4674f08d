import { SpbeFrameworkLabel, spbeFrameworkLabel, spbeFrameworkOfYear } from './spbe-framework';
import { SpbeFacts, SpbeIndexFact, SpbeTargetFact } from './sync-facts';
import { SpbeSummary } from './sync-report';

/** The assessment a report shows: the latest final one up to the year, else the latest self-assessment. */
export function chosenIndex(indexes: readonly SpbeIndexFact[], region: string, year: number): SpbeIndexFact | undefined {
  const own = indexes.filter((i) => i.region === region && i.year <= year).sort((a, b) => b.year - a.year);
  return own.find((i) => i.kind === 'final') ?? own.find((i) => i.kind === 'self');
}

/** The target for the report year, else for the assessed year, else the one the index was computed with. */
export function chosenTarget(facts: Pick<SpbeFacts, 'targets'>, region: string, year: number, index?: SpbeIndexFact): number | null {
  const target = (y: number) => facts.targets.find((t) => t.region === region && t.year === y)?.target;
  return target(year) ?? (index ? target(index.year) ?? index.target : null) ?? null;
}

/** Differences of two-decimal figures are taken in hundredths, so 3.50 − 3.03 is 0.47 and not 0.4699…. */
export function hundredthsGap(target: number, index: number): number {
  return (Math.round(target * 100) - Math.round(index * 100)) / 100;
}

/**
 * The indexes and targets of one series: those of the framework in force for the report year.
 * A 59/2020 index of 2025 is not a stand-in for a Pemdi index of 2027, nor a 59/2020 target a
 * target for Indeks Pemdi (different methods and predikat bands), so they are left out.
 */
export function seriesOf(facts: SpbeFacts, framework: SpbeFrameworkLabel | null): { indexes: SpbeIndexFact[]; targets: SpbeTargetFact[] } {
  if (!framework) return { indexes: [...facts.indexes], targets: [...facts.targets] };
  return { indexes: facts.indexes.filter((i) => i.frameworkId === framework.id), targets: facts.targets.filter((t) => t.frameworkId === framework.id) };
}

/**
 * Index, predikat, target and gap of a region under the framework in force for the year, and
 * whether its usulan address its weakest indicators. An usulan's `spbeIndicators` are read under
 * the framework in force for the usulan's year (the report's, since only its usulan are counted),
 * the same framework as the index shown.
 */
export function spbeSummary(facts: SpbeFacts, region: string, year: number): SpbeSummary | null {
  const framework = spbeFrameworkOfYear(year);
  const series = seriesOf(facts, framework);
  const index = chosenIndex(series.indexes, region, year);
  const target = chosenTarget(series, region, year, index);
  // The report year's target set on another framework (a 2027 target on Indeks SPBE) is not this
  // index's target: it is flagged, whatever the fallback to the assessed year's target gives.
  const ownForYear = series.targets.some((t) => t.region === region && t.year === year);
  const otherForYear = facts.targets.some((t) => t.region === region && t.year === year && t.frameworkId !== framework?.id);
  const needsTargetUnder = framework && otherForYear && !ownForYear ? { id: framework.id, name: framework.name } : null;
  if (!index && target === null && !needsTargetUnder) return null;
  const addressed = facts.addressed.get(region) ?? new Set<number>();
  return {
    framework: index ? spbeFrameworkLabel(index.frameworkId) : framework,
    year: index?.year ?? null,
    kind: index?.kind ?? null,
    index: index?.index ?? null,
    indexText: index?.indexText ?? null,
    predikat: index?.predikat ?? null,
    target,
    gap: index && target !== null ? hundredthsGap(target, index.index) : null,
    needsTargetUnder,
    weakest: (index?.weakest ?? []).map((w) => ({ no: w.no, name: w.name, level: w.level, weight: w.weight, addressed: addressed.has(w.no) })),
  };
}
