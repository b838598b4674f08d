import { frameworkInForceFor } from '@selaras/domain-spbe';
import { Random } from './random';

/** One region's self-assessment of one year, with the target the province sets for it. */
export interface SpbeSeed {
  readonly region: string;
  readonly year: number;
  readonly frameworkId: string;
  readonly levels: readonly { no: number; level: number; evidence?: { note: string } }[];
  readonly target: number;
}

/** How many years of history the simulation records before its planning year: 2024–2027 for RKPD 2027. */
export const SPBE_HISTORY_YEARS = 4;

/**
 * Self-assessments of every region for the planning year and the three before it, each under the
 * framework in force that year (for 2027: Indeks SPBE 59/2020 in 2024–2025, Indeks Pemdi 8/2026
 * in 2026–2027), so the dashboard has a history with the break in it. A region keeps a level of
 * maturity across years (a base, a step up now and then). Pemdi indicators scored from another
 * agency's index (SDI, SJIG, EPSS, IKASANDI) are entered as that index gives them, with the source
 * in the evidence note: no conversion is invented.
 */
export function spbeSeeds(regions: readonly string[], planningYear: number, random: Random): SpbeSeed[] {
  const seeds: SpbeSeed[] = [];
  for (const region of regions) {
    const base = random.int(1, 3);
    for (let year = planningYear - SPBE_HISTORY_YEARS + 1; year <= planningYear; year++) {
      const framework = frameworkInForceFor(year);
      if (!framework) continue;
      const step = year - (planningYear - SPBE_HISTORY_YEARS + 1) >= 2 ? 1 : 0;
      const levels = framework.indicators.map((i) => {
        const level = Math.min(framework.maxLevel, base + step + random.int(0, 2));
        return { no: i.no, level, ...(i.scoredFrom ? { evidence: { note: `Tingkat dari Indeks ${i.scoredFrom} ${year}, dimasukkan apa adanya (tanpa konversi)` } } : {}) };
      });
      seeds.push({ region, year, frameworkId: framework.id, levels, target: Math.min(5, base + 1.5) });
    }
  }
  return seeds;
}
