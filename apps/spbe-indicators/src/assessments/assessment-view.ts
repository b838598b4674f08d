import type { AssessmentKind } from '@selaras/contracts';
import type { Region } from '@selaras/domain-region';
import { AspectIndex, computeIndex, IndexScore, SpbeFramework, SpbeIndexResult } from '@selaras/domain-spbe';
import { Evidence, RecordedLevel } from './level-changes';

export interface ScoreView {
  readonly no: number;
  readonly name: string;
  readonly weightPct: number;
  /** Two decimals as published; null until every indicator of the group has a level. */
  readonly index: number | null;
  readonly indexText: string | null;
  readonly missing: number[];
}

export interface DomainView extends ScoreView {
  readonly aspects: ScoreView[];
}

export interface WeakIndicatorView {
  readonly no: number;
  readonly name: string;
  readonly level: number;
  readonly levelName: string;
  readonly weightPct: number;
  readonly domainNo: number;
  readonly aspectNo: number;
}

export interface IndicatorLevelView {
  readonly no: number;
  readonly name: string;
  readonly weightPct: number;
  readonly domainNo: number;
  readonly aspectNo: number;
  readonly level: number | null;
  readonly levelName: string | null;
  readonly evidence: Evidence | null;
  readonly recordedBy: string | null;
  readonly recordedAt: string | null;
}

/** `GET /v1/spbe/assessments/:region/:year`: one kind (self or final) of a region's assessment. */
export interface AssessmentView {
  readonly region: string;
  readonly regionName: string;
  readonly year: number;
  readonly kind: AssessmentKind;
  readonly framework: { readonly id: string; readonly version: string; readonly name: string };
  /** True when every indicator has a level; only then are index and predikat given. */
  readonly complete: boolean;
  readonly index: number | null;
  readonly indexText: string | null;
  readonly predikat: string | null;
  readonly target: number | null;
  /** `target − index` in two decimals; positive means the target is not reached yet. Null without both. */
  readonly gap: number | null;
  readonly assessed: number;
  readonly total: number;
  readonly missing: number[];
  readonly domains: DomainView[];
  readonly weakest: WeakIndicatorView[];
  readonly indicators: IndicatorLevelView[];
}

export interface AssessmentViewInput {
  readonly region: Region;
  readonly year: number;
  readonly kind: AssessmentKind;
  readonly framework: SpbeFramework;
  readonly levels: ReadonlyMap<number, RecordedLevel>;
  readonly target: number | null;
}

/** How many weakest indicators an assessment lists (and the index event carries). */
export const WEAKEST_LIMIT = 5;

/** The index of stored levels (throws the lib's codes for a level or indicator the framework refuses). */
export function indexOfLevels(framework: SpbeFramework, levels: ReadonlyMap<number, RecordedLevel>): SpbeIndexResult {
  return computeIndex(framework, new Map([...levels].map(([no, r]) => [no, r.level])), { weakestLimit: WEAKEST_LIMIT });
}

/** Shapes an assessment and its computed index for the HTTP answer. */
export function assessmentView(input: AssessmentViewInput, result: SpbeIndexResult = indexOfLevels(input.framework, input.levels)): AssessmentView {
  const { framework, levels } = input;
  const levelName = (level: number) => framework.definition.levels[level - 1]?.name ?? String(level);
  return {
    region: input.region.code,
    regionName: input.region.name,
    year: input.year,
    kind: input.kind,
    framework: { id: framework.id, version: framework.definition.version, name: framework.definition.name },
    complete: result.complete,
    index: result.index?.rounded ?? null,
    indexText: result.index?.text ?? null,
    predikat: result.predikat,
    target: input.target,
    gap: gapOf(input.target, result.index),
    assessed: framework.indicators.filter((i) => levels.has(i.no)).length,
    total: framework.indicators.length,
    missing: result.missing,
    domains: result.domains.map((d) => ({ ...scoreView(d), aspects: d.aspects.map(scoreView) })),
    weakest: result.weakest.map((w) => ({ ...w, levelName: levelName(w.level) })),
    indicators: framework.indicators.map((i) => {
      const recorded = levels.get(i.no);
      return {
        no: i.no,
        name: i.name,
        weightPct: i.weightPct,
        domainNo: i.domainNo,
        aspectNo: i.aspectNo,
        level: recorded?.level ?? null,
        levelName: recorded ? levelName(recorded.level) : null,
        evidence: recorded?.evidence ?? null,
        recordedBy: recorded?.recordedBy ?? null,
        recordedAt: recorded?.recordedAt.toISOString() ?? null,
      };
    }),
  };
}

/** The gap in whole hundredths, so 3.50 − 3.03 is 0.47 and not 0.4699999. */
export function gapOf(target: number | null, index: IndexScore | null): number | null {
  if (target === null || index === null) return null;
  return (Math.round(target * 100) - index.hundredths) / 100;
}

function scoreView(group: AspectIndex): ScoreView {
  return { no: group.no, name: group.name, weightPct: group.weightPct, index: group.index?.rounded ?? null, indexText: group.index?.text ?? null, missing: group.missing };
}
