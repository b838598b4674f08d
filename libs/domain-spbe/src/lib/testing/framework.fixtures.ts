import { DomainFrameworkDefinition } from '../framework/framework-definition';

/**
 * A made-up framework unlike PermenPANRB 59/2020: 2 domains, 3 indicators, 4 levels and
 * its own predikat. Weights: indicator 1 = 50 %, 2 = 30 %, 3 = 20 %.
 */
export function aTinyFramework(overrides: Partial<DomainFrameworkDefinition> = {}): DomainFrameworkDefinition {
  return {
    id: 'tiny-2030',
    name: 'Tiny made-up index',
    regulation: 'none (test fixture)',
    version: '1',
    effectiveYear: 2030,
    levels: [
      { level: 1, name: 'Merintis' },
      { level: 2, name: 'Membangun' },
      { level: 3, name: 'Berkembang' },
      { level: 4, name: 'Unggul' },
    ],
    predikat: [
      { min: 3, name: 'Tinggi' },
      { min: 2, name: 'Sedang' },
      { min: 1, name: 'Rendah' },
    ],
    domains: [
      { no: 1, name: 'Tata Kelola', weightPct: 50, aspects: [{ no: 1, name: 'Kebijakan', weightPct: 50, indicators: [{ no: 1, name: 'Kebijakan Data', weightPct: 50 }] }] },
      {
        no: 2,
        name: 'Layanan',
        weightPct: 50,
        aspects: [
          {
            no: 2,
            name: 'Layanan Digital',
            weightPct: 50,
            indicators: [
              { no: 2, name: 'Layanan Publik', weightPct: 30 },
              { no: 3, name: 'Kepuasan Pengguna', weightPct: 20 },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** The same level for indicators `1…count`. */
export function allAt(level: number, count: number): Map<number, number> {
  return new Map(Array.from({ length: count }, (_, i) => [i + 1, level]));
}

/** Levels from a compact list of `[from, to, level]` ranges of indicator numbers. */
export function levelsFrom(ranges: readonly [number, number, number][]): Map<number, number> {
  const levels = new Map<number, number>();
  for (const [from, to, level] of ranges) for (let no = from; no <= to; no++) levels.set(no, level);
  return levels;
}
