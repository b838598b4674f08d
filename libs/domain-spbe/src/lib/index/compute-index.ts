import { IndicatorRef, SpbeFramework } from '../framework/validate-framework';
import { checkLevels } from './check-levels';
import { IndexScore, indexScore } from './index-score';
import { predikatOf } from './predikat';

export interface AspectIndex {
  readonly no: number;
  readonly name: string;
  readonly weightPct: number;
  /** Weighted mean of the aspect's indicator levels; null until all of them have a level. */
  readonly index: IndexScore | null;
  readonly missing: number[];
}

export interface DomainIndex extends AspectIndex {
  readonly aspects: AspectIndex[];
}

export interface WeakIndicator {
  readonly no: number;
  readonly name: string;
  readonly level: number;
  readonly weightPct: number;
  readonly domainNo: number;
  readonly aspectNo: number;
}

interface SpbeIndexCommon {
  readonly frameworkId: string;
  /** Per domain and aspect, each the weighted mean of its own indicators (same 1–5 scale as the index). */
  readonly domains: DomainIndex[];
  /** Lowest level first; ties: higher weight first, then indicator number. Only assessed indicators. */
  readonly weakest: WeakIndicator[];
}

export type SpbeIndexResult =
  | (SpbeIndexCommon & { readonly complete: true; readonly index: IndexScore; readonly predikat: string; readonly missing: [] })
  | (SpbeIndexCommon & { readonly complete: false; readonly index: null; readonly predikat: null; readonly missing: number[] });

export interface ComputeIndexOptions {
  /** How many weakest indicators to list; default 5. */
  readonly weakestLimit?: number;
}

/**
 * The SPBE index of one assessment: Σ(weight × level) / Σ weight over all indicators, and the
 * same within each domain and aspect (method.md: "domain and aspect indices are computed the
 * same way within their group"). Exact in whole weight units; rounded half up to two decimals
 * only in the returned {@link IndexScore}. An incomplete assessment has no index and no
 * predikat, and lists the indicators still missing. Throws `SPBE_INDICATOR_UNKNOWN` or
 * `SPBE_LEVEL_OUT_OF_RANGE` for bad input.
 */
export function computeIndex(framework: SpbeFramework, levels: ReadonlyMap<number, number>, options: ComputeIndexOptions = {}): SpbeIndexResult {
  checkLevels(framework, levels);
  const score = (indicators: readonly IndicatorRef[]) => scoreOf(indicators, levels);

  const domains: DomainIndex[] = framework.definition.domains.map((domain) => {
    const aspects = domain.aspects.map((aspect) => {
      const refs = aspect.indicators.map((i) => framework.indicatorsByNo.get(i.no) as IndicatorRef);
      return { no: aspect.no, name: aspect.name, weightPct: aspect.weightPct, ...score(refs) };
    });
    const refs = domain.aspects.flatMap((a) => a.indicators.map((i) => framework.indicatorsByNo.get(i.no) as IndicatorRef));
    return { no: domain.no, name: domain.name, weightPct: domain.weightPct, ...score(refs), aspects };
  });
  const overall = score(framework.indicators);
  const weakest = weakestIndicators(framework.indicators, levels, options.weakestLimit ?? 5);
  const common = { frameworkId: framework.id, domains, weakest };

  if (overall.index === null) return { ...common, complete: false, index: null, predikat: null, missing: overall.missing };
  return { ...common, complete: true, index: overall.index, predikat: predikatOf(framework, overall.index), missing: [] };
}

function scoreOf(indicators: readonly IndicatorRef[], levels: ReadonlyMap<number, number>): { index: IndexScore | null; missing: number[] } {
  const missing = indicators.filter((i) => !levels.has(i.no)).map((i) => i.no);
  if (missing.length > 0) return { index: null, missing: missing.sort((a, b) => a - b) };
  const weighted = indicators.reduce((sum, i) => sum + i.units * (levels.get(i.no) as number), 0);
  const weight = indicators.reduce((sum, i) => sum + i.units, 0);
  return { index: indexScore(weighted, weight), missing };
}

function weakestIndicators(indicators: readonly IndicatorRef[], levels: ReadonlyMap<number, number>, limit: number): WeakIndicator[] {
  return indicators
    .filter((i) => levels.has(i.no))
    .map((i) => ({ no: i.no, name: i.name, level: levels.get(i.no) as number, weightPct: i.weightPct, domainNo: i.domainNo, aspectNo: i.aspectNo, units: i.units }))
    .sort((a, b) => a.level - b.level || b.units - a.units || a.no - b.no)
    .slice(0, Math.max(0, limit))
    .map(({ units: _units, ...weak }) => weak);
}
