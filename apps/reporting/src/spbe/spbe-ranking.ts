import { spbeSummary } from '../sync/spbe-summary';
import { RegionRef, SpbeFacts } from '../sync/sync-facts';

export interface SpbeRankingItem {
  /** Equal indexes share a rank (1, 2, 2, 4); regions without an index have none. */
  rank: number | null;
  region: string;
  name: string;
  kind: RegionRef['kind'];
  year: number | null;
  assessment: 'self' | 'final' | null;
  index: number | null;
  indexText: string | null;
  predikat: string | null;
  target: number | null;
  gap: number | null;
  meetsTarget: boolean | null;
  /** The year's target is on another framework than the one in force: the one it is needed on (Indeks Pemdi). */
  needsTargetUnder: { id: string; name: string } | null;
}

/**
 * The regions of a province by the index of the framework in force for the year (Indeks SPBE to
 * 2025, Indeks Pemdi from 2026), highest first, each beside its target. Indexes of another
 * framework are another series and are not ranked with these (see `spbeSummary`).
 */
export function rankBySpbe(regions: readonly RegionRef[], facts: SpbeFacts, year: number): SpbeRankingItem[] {
  const items = regions.map((r): SpbeRankingItem => {
    const s = spbeSummary(facts, r.code, year);
    return {
      rank: null,
      region: r.code,
      name: r.name,
      kind: r.kind,
      year: s?.year ?? null,
      assessment: s?.kind ?? null,
      index: s?.index ?? null,
      indexText: s?.indexText ?? null,
      predikat: s?.predikat ?? null,
      target: s?.target ?? null,
      gap: s?.gap ?? null,
      meetsTarget: s?.gap === null || s?.gap === undefined ? null : s.gap <= 0,
      needsTargetUnder: s?.needsTargetUnder ?? null,
    };
  });
  items.sort((a, b) => (b.index ?? -1) - (a.index ?? -1) || a.region.localeCompare(b.region));
  items.forEach((item, i) => {
    if (item.index === null) return;
    const previous = items[i - 1];
    item.rank = previous && previous.index === item.index ? previous.rank : i + 1;
  });
  return items;
}
