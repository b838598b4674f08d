import { definitionTree, type FrameworkDefinition, type GroupDefinition } from '@selaras/domain-spbe';
import type { FrameworkEntity, FrameworkOrigin } from './framework.entity';

/** A framework as `GET /v1/spbe/frameworks` shows it: its definition plus where it came from. */
export type FrameworkView = FrameworkDefinition & {
  readonly origin: FrameworkOrigin;
  /** The newest stored version of its id; new assessments naming the id use it. */
  readonly current: boolean;
  readonly indicatorCount: number;
  readonly createdAt: string;
  /** Figures from secondary sources awaiting a check against the regulation text (always present here). */
  readonly provisional: boolean;
};

export function toFrameworkView(row: FrameworkEntity, current: boolean): FrameworkView {
  const { definition: d } = row;
  const { groups } = definitionTree(d);
  const indicatorCount = (gs: readonly GroupDefinition[]): number => gs.reduce((n, g) => n + (g.indicators?.length ?? 0) + indicatorCount(g.groups ?? []), 0);
  // Built field by field: jsonb hands keys back in its own order, people read them in this one.
  // The tree keeps the shape it was written in: `domains` (59/2020) or `tiers` + `groups` (8/2026).
  return {
    id: row.id,
    version: row.version,
    name: d.name,
    regulation: d.regulation,
    effectiveYear: d.effectiveYear,
    provisional: d.provisional === true,
    ...(d.sourceNote ? { sourceNote: d.sourceNote } : {}),
    origin: row.origin,
    current,
    createdAt: row.createdAt.toISOString(),
    indicatorCount: indicatorCount(groups),
    levels: d.levels,
    predikat: d.predikat,
    ...(d.domains !== undefined
      ? {
          domains: d.domains.map((domain) => ({
            no: domain.no,
            name: domain.name,
            weightPct: domain.weightPct,
            aspects: domain.aspects.map((a) => ({ no: a.no, name: a.name, weightPct: a.weightPct, indicators: a.indicators.map(indicatorView) })),
          })),
        }
      : { tiers: d.tiers, groups: (d.groups ?? []).map(groupView) }),
  };
}

function groupView(g: GroupDefinition): GroupDefinition {
  return { no: g.no, name: g.name, weightPct: g.weightPct, ...(g.groups ? { groups: g.groups.map(groupView) } : {}), ...(g.indicators ? { indicators: g.indicators.map(indicatorView) } : {}) };
}

function indicatorView(i: NonNullable<GroupDefinition['indicators']>[number]) {
  return { no: i.no, name: i.name, weightPct: i.weightPct, ...(i.note ? { note: i.note } : {}), ...(i.scoredFrom ? { scoredFrom: i.scoredFrom } : {}) };
}
