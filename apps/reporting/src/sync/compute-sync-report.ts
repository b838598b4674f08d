import { alignmentOf, prioritySupport } from './alignment';
import { invalidCodes } from './invalid-codes';
import { findOverlaps, withReview } from './overlaps';
import { paguSummary, proposalCounts } from './proposal-counts';
import { spbeSummary } from './spbe-summary';
import { RegionRef, SupportKey, SyncFacts } from './sync-facts';
import { RegionSync, SyncReport } from './sync-report';

function groupBy<T extends { region: string }>(items: readonly T[]): Map<string, T[]> {
  const byRegion = new Map<string, T[]>();
  for (const item of items) byRegion.set(item.region, [...(byRegion.get(item.region) ?? []), item]);
  return byRegion;
}

/**
 * The synchronisation report (DESIGN §6) from the facts of one province and year: the province's
 * own row first, then one row per kab/kota of the directory, whether or not it has data yet.
 */
export function computeSyncReport(facts: SyncFacts, generatedAt: Date = new Date()): SyncReport {
  const counts = groupBy(facts.counts);
  const bidang = groupBy(facts.paguByBidang);
  const program = groupBy(facts.paguByProgram);
  const keys = groupBy<SupportKey>(facts.supportKeys);
  const codes = groupBy(facts.codeFacts);
  const overlaps = findOverlaps(facts.province.code, facts.overlapCandidates, facts.pairs).map((o) => withReview(o, facts.overlapReviews.get(o.id)));
  const catalogLoaded = facts.catalog.entries > 0;

  const row = (region: RegionRef): RegionSync => {
    const { alignment, gaps } = alignmentOf(facts.priorities, keys.get(region.code) ?? []);
    return {
      region: region.code,
      name: region.name,
      kind: region.kind,
      proposals: proposalCounts(counts.get(region.code) ?? []),
      pagu: paguSummary(bidang.get(region.code) ?? [], program.get(region.code) ?? []),
      alignment,
      gaps,
      overlaps: region.code === facts.province.code ? overlaps : overlaps.filter((o) => o.region === region.code),
      invalidCodes: invalidCodes(codes.get(region.code) ?? [], catalogLoaded),
      spbe: spbeSummary(facts.spbe, region.code, facts.year),
    };
  };

  const regions = [facts.province, ...facts.kabKota].map(row);
  const kabKotaRows = regions.slice(1).filter((r) => r.alignment.percent !== null);
  return {
    province: { code: facts.province.code, name: facts.province.name },
    year: facts.year,
    stage: facts.stage,
    generatedAt: generatedAt.toISOString(),
    catalog: facts.catalog,
    priorities: prioritySupport(facts.priorities, keys, facts.kabKota.map((k) => k.code)),
    totals: {
      proposals: proposalCounts(facts.counts),
      pagu: paguSummary(facts.paguByBidang, facts.paguByProgram),
      overlaps: overlaps.length,
      overlapsOpen: overlaps.filter((o) => o.open).length,
      overlapsReviewed: overlaps.filter((o) => !o.open).length,
      invalidCodes: regions.reduce((sum, r) => sum + r.invalidCodes.length, 0),
      alignmentPercent: kabKotaRows.length === 0 ? null : Math.round((kabKotaRows.reduce((sum, r) => sum + (r.alignment.percent ?? 0), 0) / kabKotaRows.length) * 10) / 10,
    },
    regions,
  };
}
