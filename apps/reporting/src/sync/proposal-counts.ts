import { PLANNING_STAGES, PlanningStage, PROPOSAL_STATUSES, ProposalStatus } from '@selaras/contracts';
import { isActive, PaguGroup, StatusStageCount } from './sync-facts';
import { PaguLine, PaguSummary, ProposalCounts } from './sync-report';

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Usulan by status and by stage, every status and stage present (zero when none). */
export function proposalCounts(counts: readonly StatusStageCount[]): ProposalCounts {
  const byStatus = zeros<ProposalStatus>(PROPOSAL_STATUSES);
  const byStage = zeros<PlanningStage>(PLANNING_STAGES);
  let total = 0;
  let reached = -1;
  for (const c of counts) {
    total += c.count;
    byStatus[c.status] += c.count;
    byStage[c.stage] += c.count;
    if (isActive(c.status) && c.count > 0) reached = Math.max(reached, PLANNING_STAGES.indexOf(c.stage));
  }
  return { total, byStatus, byStage, stageReached: reached >= 0 ? PLANNING_STAGES[reached] : null };
}

/** Pagu lines summed per code, largest first (ties by code so the order is stable). */
export function paguLines(groups: readonly PaguGroup[]): PaguLine[] {
  const byCode = new Map<string, PaguLine>();
  for (const g of groups) {
    const line = byCode.get(g.code) ?? { code: g.code, name: g.name, pagu: 0, count: 0 };
    line.pagu += g.pagu;
    line.count += g.count;
    line.name ??= g.name;
    byCode.set(g.code, line);
  }
  return [...byCode.values()].sort((a, b) => b.pagu - a.pagu || a.code.localeCompare(b.code));
}

export function paguSummary(byBidang: readonly PaguGroup[], byProgram: readonly PaguGroup[]): PaguSummary {
  const bidang = paguLines(byBidang);
  return { total: bidang.reduce((sum, l) => sum + l.pagu, 0), byBidang: bidang, byProgram: paguLines(byProgram) };
}
