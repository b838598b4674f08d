import { FrameworkDefinition, GroupDefinition, IndicatorDefinition, TierDefinition } from './framework-definition';
import { SpbeFrameworkMalformedError, SpbeFrameworkWeightsInvalidError } from './framework.errors';
import { definitionTree, walkGroups } from './framework-tree';
import { formatPercent, toUnits, unitsPerPercentFor } from './weight-units';

/** One group above an indicator: its tier key (`domain`, `aspect`) and number. */
export interface GroupRef {
  readonly tier: string;
  readonly no: number;
}

/** An indicator with its place in the framework and its weight in whole units. */
export interface IndicatorRef {
  readonly no: number;
  readonly name: string;
  readonly weightPct: number;
  readonly units: number;
  /** The groups above it, outermost first. */
  readonly path: readonly GroupRef[];
  /** Its domain's number, when the framework has a `domain` tier (59/2020). */
  readonly domainNo?: number;
  /** Its aspect's number, when the framework has an `aspect` tier (both 59/2020 and 8/2026). */
  readonly aspectNo?: number;
  /** The other agency's index its level is taken from, as entered (8/2026: SDI, SJIG, EPSS, IKASANDI). */
  readonly scoredFrom?: string;
}

/** A group of the validated tree with its tier and every indicator below it. */
export interface FrameworkGroup {
  readonly tier: TierDefinition;
  readonly no: number;
  readonly name: string;
  readonly weightPct: number;
  readonly groups: readonly FrameworkGroup[];
  /** Every indicator below the group, in framework order. */
  readonly indicators: readonly IndicatorRef[];
}

declare const validated: unique symbol;

/** A framework that passed {@link validateFramework}; only such a framework can be computed with. */
export interface SpbeFramework<D extends FrameworkDefinition = FrameworkDefinition> {
  readonly [validated]: true;
  readonly id: string;
  readonly definition: D;
  /** The tiers of the tree, outermost first: domain, aspect (59/2020); aspect (8/2026). */
  readonly tiers: readonly TierDefinition[];
  /** The tree: top-tier groups, each with the groups and indicators below it. */
  readonly groups: readonly FrameworkGroup[];
  /** Figures from secondary sources, not yet checked against the regulation text. */
  readonly provisional: boolean;
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
 * weights do not sum to 100 % or a group's weight (domain, aspect…) differs from the sum of its
 * indicators' weights (compared exactly, in whole weight units; see `unitsPerPercentFor`).
 */
export function validateFramework<D extends FrameworkDefinition>(definition: D): SpbeFramework<D> {
  const structural = structureProblems(definition);
  if (structural.length > 0) throw new SpbeFrameworkMalformedError(structural);

  const tree = definitionTree(definition);
  const allWeights = [...walkGroups(tree.groups)].flatMap(({ group }) => [group.weightPct, ...(group.indicators ?? []).map((i) => i.weightPct)]);
  const unitsPerPercent = unitsPerPercentFor(allWeights);
  if (unitsPerPercent === null) throw new SpbeFrameworkWeightsInvalidError(['weights must have at most six decimals']);
  const units = (w: number) => toUnits(w, unitsPerPercent);
  const pct = (u: number) => formatPercent(u, unitsPerPercent);

  const problems: string[] = [];
  const indicators: IndicatorRef[] = [];
  // Children first, then the group: the problems read inner to outer, as people check a table.
  const build = (group: GroupDefinition, depth: number, path: readonly GroupRef[]): FrameworkGroup => {
    const tier = tree.tiers[depth];
    const here = [...path, { tier: tier.key, no: group.no }];
    const groups = (group.groups ?? []).map((g) => build(g, depth + 1, here));
    const own = (group.indicators ?? []).map((i) => indicatorRef(i, here, units));
    indicators.push(...own);
    const below = [...groups.flatMap((g) => g.indicators), ...own];
    const sum = below.reduce((s, i) => s + i.units, 0);
    if (sum !== units(group.weightPct)) problems.push(`${tier.key} ${group.no} '${group.name}' weighs ${pct(units(group.weightPct))} but its indicators sum to ${pct(sum)}`);
    return { tier, no: group.no, name: group.name, weightPct: group.weightPct, groups, indicators: below };
  };
  const groups = tree.groups.map((g) => build(g, 0, []));
  const total = indicators.reduce((sum, i) => sum + i.units, 0);
  if (total !== 100 * unitsPerPercent) problems.unshift(`indicator weights sum to ${pct(total)}, not 100%`);
  if (problems.length > 0) throw new SpbeFrameworkWeightsInvalidError(problems);

  return {
    id: definition.id,
    definition,
    tiers: tree.tiers,
    groups,
    provisional: definition.provisional === true,
    unitsPerPercent,
    totalUnits: total,
    maxLevel: definition.levels.length,
    indicators,
    indicatorsByNo: new Map(indicators.map((i) => [i.no, i])),
  } as Omit<SpbeFramework<D>, typeof validated> as SpbeFramework<D>;
}

function indicatorRef(i: IndicatorDefinition, path: readonly GroupRef[], units: (w: number) => number): IndicatorRef {
  const noOf = (tier: string) => path.find((p) => p.tier === tier)?.no;
  const domainNo = noOf('domain');
  const aspectNo = noOf('aspect');
  return {
    no: i.no,
    name: i.name,
    weightPct: i.weightPct,
    units: units(i.weightPct),
    path,
    ...(domainNo !== undefined ? { domainNo } : {}),
    ...(aspectNo !== undefined ? { aspectNo } : {}),
    ...(i.scoredFrom ? { scoredFrom: i.scoredFrom } : {}),
  };
}

function structureProblems(f: FrameworkDefinition): string[] {
  const problems: string[] = [];
  if (!isText(f.id)) problems.push('id is empty');
  if (!isText(f.name)) problems.push('name is empty');
  if (f.provisional !== undefined && typeof f.provisional !== 'boolean') problems.push('provisional must be true or false');

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

  return [...problems, ...treeProblems(f)];
}

function treeProblems(f: FrameworkDefinition): string[] {
  const problems: string[] = [];
  if (f.groups !== undefined && f.domains !== undefined) return ['give the tree either as groups (with tiers) or as domains, not both'];
  // The domains shape has its tiers fixed (domain, aspect); tiers given beside it would be ignored silently.
  if (f.domains !== undefined && f.tiers !== undefined) return ['tiers go with groups; domains are always domain → aspect'];
  if (f.groups !== undefined && (!Array.isArray(f.groups) || !Array.isArray(f.tiers) || f.tiers.length === 0)) return ['groups need their tiers, outermost first, e.g. [{"key": "aspect", "name": "Aspek"}]'];
  const { tiers, groups } = definitionTree(f);
  const tierKeys = new Set<string>();
  tiers.forEach((t, i) => {
    if (!isText(t?.key) || !isText(t?.name)) problems.push(`tier ${i + 1} needs a key and a name`);
    else if (tierKeys.has(t.key)) problems.push(`tier ${t.key} is named twice`);
    else tierKeys.add(t.key);
  });
  if (problems.length > 0) return problems;
  if (groups.length === 0) problems.push(`at least one ${tiers[0].key} is needed`);

  const seen = new Map<string, Set<number>>();
  const number = (kind: string, no: number, name: string) => {
    const used = seen.get(kind) ?? new Set<number>();
    seen.set(kind, used);
    if (!Number.isInteger(no) || no < 1) problems.push(`${kind} '${name}' needs a whole number ≥ 1, got ${no}`);
    else if (used.has(no)) problems.push(`${kind} number ${no} is used twice`);
    used.add(no);
    if (!isText(name)) problems.push(`${kind} ${no} has no name`);
  };
  const weight = (kind: string, no: number, w: number) => {
    if (!Number.isFinite(w) || w <= 0) problems.push(`${kind} ${no} needs a positive weight, got ${w}`);
  };
  for (const { group, depth } of walkGroups(groups)) {
    const tier = tiers[depth];
    if (!tier) {
      problems.push(`group ${group.no} '${group.name}' lies deeper than the ${tiers.length} tier(s) named`);
      continue;
    }
    number(tier.key, group.no, group.name);
    weight(tier.key, group.no, group.weightPct);
    const last = depth === tiers.length - 1;
    const children = last ? group.indicators : group.groups;
    if (!Array.isArray(children) || children.length === 0) problems.push(`${tier.key} ${group.no} has no ${last ? 'indicators' : tiers[depth + 1].key + 's'}`);
    if (last && group.groups !== undefined && group.groups.length > 0) problems.push(`${tier.key} ${group.no} is on the last tier but has groups`);
    if (!last && group.indicators !== undefined && group.indicators.length > 0) problems.push(`${tier.key} ${group.no} holds indicators above the last tier`);
    for (const i of last && Array.isArray(group.indicators) ? group.indicators : []) {
      number('indicator', i.no, i.name);
      weight('indicator', i.no, i.weightPct);
    }
  }
  return problems;
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
