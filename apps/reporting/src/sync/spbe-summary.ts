import { SpbeFacts, SpbeIndexFact } from './sync-facts';
import { SpbeSummary } from './sync-report';

/** The assessment a report shows: the latest final one up to the year, else the latest self-assessment. */
export function chosenIndex(indexes: readonly SpbeIndexFact[], region: string, year: number): SpbeIndexFact | undefined {
  const own = indexes.filter((i) => i.region === region && i.year <= year).sort((a, b) => b.year - a.year);
  return own.find((i) => i.kind === 'final') ?? own.find((i) => i.kind === 'self');
}

/** The target for the report year, else for the assessed year, else the one the index was computed with. */
export function chosenTarget(facts: SpbeFacts, region: string, year: number, index?: SpbeIndexFact): number | null {
  const target = (y: number) => facts.targets.find((t) => t.region === region && t.year === y)?.target;
  return target(year) ?? (index ? target(index.year) ?? index.target : null) ?? null;
}

/** Differences of two-decimal figures are taken in hundredths, so 3.50 − 3.03 is 0.47 and not 0.4699…. */
export function hundredthsGap(target: number, index: number): number {
  return (Math.round(target * 100) - Math.round(index * 100)) / 100;
}

/** Index, predikat, target and gap of a region, and whether its usulan address its weakest indicators. */
export function spbeSummary(facts: SpbeFacts, region: string, year: number): SpbeSummary | null {
  const index = chosenIndex(facts.indexes, region, year);
  const target = chosenTarget(facts, region, year, index);
  if (!index && target === null) return null;
  const addressed = facts.addressed.get(region) ?? new Set<number>();
  return {
    year: index?.year ?? null,
    kind: index?.kind ?? null,
    index: index?.index ?? null,
    indexText: index?.indexText ?? null,
    predikat: index?.predikat ?? null,
    target,
    gap: index && target !== null ? hundredthsGap(target, index.index) : null,
    weakest: (index?.weakest ?? []).map((w) => ({ no: w.no, name: w.name, level: w.level, weight: w.weight, addressed: addressed.has(w.no) })),
  };
}
