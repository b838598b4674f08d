import type { AssessmentKind } from '@selaras/contracts';
import type { Region } from '@selaras/domain-region';
import { AspectIndex, computeIndex, GroupIndex, IndexScore, LevelDefinition, SpbeFramework, SpbeIndexResult, TierDefinition } from '@selaras/domain-spbe';
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

/** A group of the framework's tree (domain, aspect…) with its index and the groups below it. */
export interface GroupView extends ScoreView {
  readonly tier: string;
  readonly groups: GroupView[];
}

/** Which framework an assessment is computed under, as every answer shows it. */
export interface FrameworkRefView {
  readonly id: string;
  readonly version: string;
  /** What the index is called: `Indeks SPBE` (59/2020), `Indeks Pemdi` (8/2026). */
  readonly name: string;
  /** True while the framework's figures await a check against the regulation text. */
  readonly provisional: boolean;
  readonly sourceNote?: string;
}

export interface WeakIndicatorView {
  readonly no: number;
  readonly name: string;
  readonly level: number;
  readonly levelName: string;
  readonly weightPct: number;
  /** Absent under a framework without domains (8/2026). */
  readonly domainNo?: number;
  readonly aspectNo?: number;
}

export interface IndicatorLevelView {
  readonly no: number;
  readonly name: string;
  readonly weightPct: number;
  readonly domainNo?: number;
  readonly aspectNo?: number;
  /** The other agency's index the level is taken from as entered (SDI, SJIG, EPSS, IKASANDI); no conversion. */
  readonly scoredFrom?: string;
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
  readonly framework: FrameworkRefView;
  /** The framework's maturity levels and their labels (Rintisan… under 59/2020, Merintis… under 8/2026). */
  readonly levels: readonly LevelDefinition[];
  /** The tiers of `groups`, outermost first. */
  readonly tiers: readonly TierDefinition[];
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
  /** The tree of the framework, each group with its index. */
  readonly groups: GroupView[];
  /** The `domain` tier with its aspects (59/2020); empty under a framework without domains. */
  readonly domains: DomainView[];
  /** Every aspect, in framework order. */
  readonly aspects: ScoreView[];
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
    framework: frameworkRefView(framework),
    levels: framework.definition.levels,
    tiers: framework.tiers,
    complete: result.complete,
    index: result.index?.rounded ?? null,
    indexText: result.index?.text ?? null,
    predikat: result.predikat,
    target: input.target,
    gap: gapOf(input.target, result.index),
    assessed: framework.indicators.filter((i) => levels.has(i.no)).length,
    total: framework.indicators.length,
    missing: result.missing,
    groups: result.groups.map(groupView),
    domains: result.domains.map((d) => ({ ...scoreView(d), aspects: d.aspects.map(scoreView) })),
    aspects: result.aspects.map(scoreView),
    weakest: result.weakest.map((w) => ({ ...w, levelName: levelName(w.level) })),
    indicators: framework.indicators.map((i) => {
      const recorded = levels.get(i.no);
      return {
        no: i.no,
        name: i.name,
        weightPct: i.weightPct,
        ...(i.domainNo !== undefined ? { domainNo: i.domainNo } : {}),
        ...(i.aspectNo !== undefined ? { aspectNo: i.aspectNo } : {}),
        ...(i.scoredFrom ? { scoredFrom: i.scoredFrom } : {}),
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

function groupView(group: GroupIndex): GroupView {
  return { tier: group.tier, ...scoreView(group), groups: group.groups.map(groupView) };
}

/** The framework as an answer names it. */
export function frameworkRefView(framework: SpbeFramework): FrameworkRefView {
  const d = framework.definition;
  return { id: framework.id, version: d.version, name: d.name, provisional: framework.provisional, ...(d.sourceNote ? { sourceNote: d.sourceNote } : {}) };
}
