import type { FrameworkDefinition } from '@selaras/domain-spbe';
import type { FrameworkEntity, FrameworkOrigin } from './framework.entity';

/** A framework as `GET /v1/spbe/frameworks` shows it: its definition plus where it came from. */
export interface FrameworkView extends FrameworkDefinition {
  readonly origin: FrameworkOrigin;
  /** The newest stored version of its id; new assessments naming the id use it. */
  readonly current: boolean;
  readonly indicatorCount: number;
  readonly createdAt: string;
}

export function toFrameworkView(row: FrameworkEntity, current: boolean): FrameworkView {
  const { definition: d } = row;
  // Built field by field: jsonb hands keys back in its own order, people read them in this one.
  return {
    id: row.id,
    version: row.version,
    name: d.name,
    regulation: d.regulation,
    effectiveYear: d.effectiveYear,
    origin: row.origin,
    current,
    createdAt: row.createdAt.toISOString(),
    indicatorCount: d.domains.reduce((n, domain) => n + domain.aspects.reduce((m, a) => m + a.indicators.length, 0), 0),
    levels: d.levels,
    predikat: d.predikat,
    domains: d.domains.map((domain) => ({
      no: domain.no,
      name: domain.name,
      weightPct: domain.weightPct,
      aspects: domain.aspects.map((a) => ({
        no: a.no,
        name: a.name,
        weightPct: a.weightPct,
        indicators: a.indicators.map((i) => ({ no: i.no, name: i.name, weightPct: i.weightPct, ...(i.note ? { note: i.note } : {}) })),
      })),
    })),
  };
}
