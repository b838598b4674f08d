import { FrameworkDefinition } from './framework-definition';
import { SpbeFrameworkMalformedError, SpbeFrameworkWeightsInvalidError } from './framework.errors';
import { formatPercent, toUnits, unitsPerPercentFor } from './weight-units';

/** An indicator with its place in the framework and its weight in whole units. */
export interface IndicatorRef {
  readonly no: number;
  readonly name: string;
  readonly weightPct: number;
  readonly units: number;
  readonly domainNo: number;
  readonly aspectNo: number;
}

declare const validated: unique symbol;

/** A framework that passed {@link validateFramework}; only such a framework can be computed with. */
export interface SpbeFramework {
  readonly [validated]: true;
  readonly id: string;
  readonly definition: FrameworkDefinition;
  /** Weight units per percent (a power of ten), so every weight is a whole number of units. */
  readonly unitsPerPercent: number;
  /** `100 × unitsPerPercent`. */
  readonly totalUnits: number;
  /** Highest maturity level (levels run from 1). */
  readonly maxLevel: number;
  /** Indicators in framework order. */
  readonly indicators: readonly IndicatorRef[];
  readonly indicatorsByNo: ReadonlyMap<number, IndicatorRef>;
}

/**
 * Checks a framework definition and prepares it for computation. Throws
 * {@link SpbeFrameworkMalformedError} (`SPBE_FRAMEWORK_MALFORMED`) for structural problems and
 * {@link SpbeFrameworkWeightsInvalidError} (`SPBE_FRAMEWORK_WEIGHTS_INVALID`) when indicator
 * weights do not sum to 100 % or an aspect's or domain's weight differs from the sum of its
 * indicators' weights (compared exactly, in whole weight units; see `unitsPerPercentFor`).
 */
export function validateFramework(definition: FrameworkDefinition): SpbeFramework {
  const structural = structureProblems(definition);
  if (structural.length > 0) throw new SpbeFrameworkMalformedError(structural);

  const allWeights = definition.domains.flatMap((d) => [d.weightPct, ...d.aspects.flatMap((a) => [a.weightPct, ...a.indicators.map((i) => i.weightPct)])]);
  const unitsPerPercent = unitsPerPercentFor(allWeights);
  if (unitsPerPercent === null) throw new SpbeFrameworkWeightsInvalidError(['weights must have at most six decimals']);
  const units = (w: number) => toUnits(w, unitsPerPercent);
  const pct = (u: number) => formatPercent(u, unitsPerPercent);

  const problems: string[] = [];
  const indicators: IndicatorRef[] = [];
  for (const domain of definition.domains) {
    let domainSum = 0;
    for (const aspect of domain.aspects) {
      const aspectSum = aspect.indicators.reduce((sum, i) => sum + units(i.weightPct), 0);
      if (aspectSum !== units(aspect.weightPct)) {
        problems.push(`aspect ${aspect.no} '${aspect.name}' weighs ${pct(units(aspect.weightPct))} but its indicators sum to ${pct(aspectSum)}`);
      }
      domainSum += aspectSum;
      for (const i of aspect.indicators) indicators.push({ no: i.no, name: i.name, weightPct: i.weightPct, units: units(i.weightPct), domainNo: domain.no, aspectNo: aspect.no });
    }
    if (domainSum !== units(domain.weightPct)) {
      problems.push(`domain ${domain.no} '${domain.name}' weighs ${pct(units(domain.weightPct))} but its indicators sum to ${pct(domainSum)}`);
    }
  }
  const total = indicators.reduce((sum, i) => sum + i.units, 0);
  if (total !== 100 * unitsPerPercent) problems.unshift(`indicator weights sum to ${pct(total)}, not 100%`);
  if (problems.length > 0) throw new SpbeFrameworkWeightsInvalidError(problems);

  return {
    id: definition.id,
    definition,
    unitsPerPercent,
    totalUnits: total,
    maxLevel: definition.levels.length,
    indicators,
    indicatorsByNo: new Map(indicators.map((i) => [i.no, i])),
  } as Omit<SpbeFramework, typeof validated> as SpbeFramework;
}

function structureProblems(f: FrameworkDefinition): string[] {
  const problems: string[] = [];
  if (!isText(f.id)) problems.push('id is empty');
  if (!isText(f.name)) problems.push('name is empty');

  const levels = Array.isArray(f.levels) ? f.levels : [];
  if (levels.length < 2) problems.push('at least two maturity levels are needed');
  levels.forEach((l, i) => {
    if (l.level !== i + 1) problems.push(`levels must run 1, 2, 3… in order; position ${i + 1} has level ${l.level}`);
    if (!isText(l.name)) problems.push(`level ${l.level} has no name`);
  });

  const predikat = Array.isArray(f.predikat) ? f.predikat : [];
  if (predikat.length === 0) problems.push('at least one predikat is needed');
  predikat.forEach((p, i) => {
    if (!isText(p.name)) problems.push(`predikat ${i + 1} has no name`);
    if (!Number.isFinite(p.min) || Math.abs(p.min * 100 - Math.round(p.min * 100)) > 1e-9) problems.push(`predikat '${p.name}' threshold must be a number with at most two decimals, got ${p.min}`);
    if (i > 0 && !(p.min < predikat[i - 1].min)) problems.push(`predikat thresholds must fall from the first to the last; '${p.name}' (${p.min}) follows '${predikat[i - 1].name}' (${predikat[i - 1].min})`);
  });
  const lowest = predikat[predikat.length - 1];
  if (lowest && lowest.min > 1) problems.push(`the last predikat '${lowest.name}' starts at ${lowest.min}, so an index of 1 would have none`);

  const domains = Array.isArray(f.domains) ? f.domains : [];
  if (domains.length === 0) problems.push('at least one domain is needed');
  const seen = { domain: new Set<number>(), aspect: new Set<number>(), indicator: new Set<number>() };
  const number = (kind: keyof typeof seen, no: number, name: string) => {
    if (!Number.isInteger(no) || no < 1) problems.push(`${kind} '${name}' needs a whole number ≥ 1, got ${no}`);
    else if (seen[kind].has(no)) problems.push(`${kind} number ${no} is used twice`);
    seen[kind].add(no);
    if (!isText(name)) problems.push(`${kind} ${no} has no name`);
  };
  const weight = (kind: string, no: number, w: number) => {
    if (!Number.isFinite(w) || w <= 0) problems.push(`${kind} ${no} needs a positive weight, got ${w}`);
  };
  for (const d of domains) {
    number('domain', d.no, d.name);
    weight('domain', d.no, d.weightPct);
    if (!Array.isArray(d.aspects) || d.aspects.length === 0) problems.push(`domain ${d.no} has no aspects`);
    for (const a of d.aspects ?? []) {
      number('aspect', a.no, a.name);
      weight('aspect', a.no, a.weightPct);
      if (!Array.isArray(a.indicators) || a.indicators.length === 0) problems.push(`aspect ${a.no} has no indicators`);
      for (const i of a.indicators ?? []) {
        number('indicator', i.no, i.name);
        weight('indicator', i.no, i.weightPct);
      }
    }
  }
  return problems;
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
