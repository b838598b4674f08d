import { FrameworkGroup, IndicatorRef, SpbeFramework } from '../framework/validate-framework';
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

/** Any group of the framework's tree with its index, on the tier the framework names. */
export interface GroupIndex extends AspectIndex {
  /** The tier's key: `domain`, `aspect`. */
  readonly tier: string;
  readonly groups: GroupIndex[];
}

export interface WeakIndicator {
  readonly no: number;
  readonly name: string;
  readonly level: number;
  readonly weightPct: number;
  /** Absent when the framework has no domain tier (8/2026). */
  readonly domainNo?: number;
  readonly aspectNo?: number;
}

interface SpbeIndexCommon {
  readonly frameworkId: string;
  /** The tree: every group the weighted mean of its own indicators (same 1–5 scale as the index). */
  readonly groups: GroupIndex[];
  /** The `domain` tier with its `aspect`s, as 59/2020 reports them; empty for a framework without domains. */
  readonly domains: DomainIndex[];
  /** Every group of the `aspect` tier, in framework order (8/2026's only tier). */
  readonly aspects: AspectIndex[];
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
 * The index of one assessment: Σ(weight × level) / Σ weight over all indicators, and the
 * same within each group of the tree (method.md: "domain and aspect indices are computed the
 * same way within their group"; 8/2026: Indeks Aspek = Σ(wI × NI) / wA and Indeks Pemdi =
 * Σ(wA × Indeks Aspek), which is the same weighted mean). Exact in whole weight units; rounded half up to two decimals
 * only in the returned {@link IndexScore}. An incomplete assessment has no index and no
 * predikat, and lists the indicators still missing. Throws `SPBE_INDICATOR_UNKNOWN` or
 * `SPBE_LEVEL_OUT_OF_RANGE` for bad input.
 */
export function computeIndex(framework: SpbeFramework, levels: ReadonlyMap<number, number>, options: ComputeIndexOptions = {}): SpbeIndexResult {
  checkLevels(framework, levels);
  const scoreGroup = (group: FrameworkGroup): GroupIndex => ({
    tier: group.tier.key,
    no: group.no,
    name: group.name,
    weightPct: group.weightPct,
    ...scoreOf(group.indicators, levels),
    groups: group.groups.map(scoreGroup),
  });
  const groups = framework.groups.map(scoreGroup);
  const all = flatten(groups);
  const plain = ({ no, name, weightPct, index, missing }: GroupIndex): AspectIndex => ({ no, name, weightPct, index, missing });
  const aspects = all.filter((g) => g.tier === 'aspect');
  const domains: DomainIndex[] = all
    .filter((g) => g.tier === 'domain')
    .map((d) => ({ ...plain(d), aspects: flatten(d.groups).filter((g) => g.tier === 'aspect').map(plain) }));
  const overall = scoreOf(framework.indicators, levels);
  const weakest = weakestIndicators(framework.indicators, levels, options.weakestLimit ?? 5);
  const common = { frameworkId: framework.id, groups, domains, aspects: aspects.map(plain), weakest };

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
    .map((i) => ({
      no: i.no,
      name: i.name,
      level: levels.get(i.no) as number,
      weightPct: i.weightPct,
      ...(i.domainNo !== undefined ? { domainNo: i.domainNo } : {}),
      ...(i.aspectNo !== undefined ? { aspectNo: i.aspectNo } : {}),
      units: i.units,
    }))
    .sort((a, b) => a.level - b.level || b.units - a.units || a.no - b.no)
    .slice(0, Math.max(0, limit))
    .map(({ units: _units, ...weak }) => weak);
}

function flatten(groups: readonly GroupIndex[]): GroupIndex[] {
  return groups.flatMap((g) => [g, ...flatten(g.groups)]);
}
