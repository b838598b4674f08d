/** How much work each figure does; `full` is what DESIGN §8 asks to be measured at. */
export interface BenchSizes {
  name: 'full' | 'quick' | 'smoke';
  /** Events produced onto proposals.events and replayed. */
  replayEvents: number;
  /** Usulan in the one regency's snapshot. */
  burstProposals: number;
  latencySeconds: number;
  /** Inbound events per second during the latency run. */
  latencyRate: number;
  /** Seconds of each nomenclature load (validate, search), per side. */
  nomenclatureSeconds: number;
  /** Regions whose final SPBE levels are recorded at the end, so spbe-indicators' memory is measured under work. */
  spbeRegions: number;
}

export const BENCH_SIZES: Readonly<Record<BenchSizes['name'], BenchSizes>> = {
  full: { name: 'full', replayEvents: 1_000_000, burstProposals: 40_000, latencySeconds: 30, latencyRate: 500, nomenclatureSeconds: 10, spbeRegions: 552 },
  quick: { name: 'quick', replayEvents: 50_000, burstProposals: 4_000, latencySeconds: 15, latencyRate: 500, nomenclatureSeconds: 5, spbeRegions: 100 },
  smoke: { name: 'smoke', replayEvents: 2_000, burstProposals: 500, latencySeconds: 5, latencyRate: 500, nomenclatureSeconds: 1, spbeRegions: 10 },
};

export const FIGURE_NAMES = ['nomenclature', 'replay', 'burst', 'latency'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** `--only burst latency` → those figures, in the order they run; unknown names are refused. */
export function selectFigures(only: readonly string[] | undefined): FigureName[] {
  if (!only || only.length === 0) return [...FIGURE_NAMES];
  const unknown = only.filter((name) => !(FIGURE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown figure ${unknown.join(', ')}; choose from ${FIGURE_NAMES.join(', ')} (memory is always measured)`);
  return FIGURE_NAMES.filter((name) => only.includes(name));
}

export function describeSizes(sizes: BenchSizes, figures: readonly FigureName[]): string {
  const parts: Record<FigureName, string> = {
    replay: `replay of ${sizes.replayEvents.toLocaleString('en-US')} proposals.events messages`,
    burst: `a ${sizes.burstProposals.toLocaleString('en-US')}-usulan snapshot of one regency`,
    latency: `${sizes.latencySeconds} s at ${sizes.latencyRate} inbound events/s`,
    nomenclature: `${sizes.nomenclatureSeconds} s each of validation and search, 4 concurrent clients`,
  };
  const spbe = `final SPBE levels of ${sizes.spbeRegions.toLocaleString('en-US')} regions (spbe-indicators' memory)`;
  return `${sizes.name}: ${[...figures.map((f) => parts[f]), spbe].join('; ')}`;
}
