import { loadRegionDirectory } from '@selaras/domain-region';
import { loadPermenPanRb59Framework } from '@selaras/domain-spbe';
import { callApi } from '../../stack/api-client';
import { BenchContext } from '../bench-context';
import { Random } from '../../simulation/random';
import { eachConcurrently } from './async-utils';

/** The year the round records; any planning year would do. */
const SPBE_YEAR = 2026;

export interface SpbeRound {
  regions: number;
  indicators: number;
  seconds: number;
}

/**
 * The national evaluation's day: the verified (`final`) SPBE levels of every indicator for many
 * regions at once, one `PUT /v1/spbe/assessments/:region/:year` per region by the national
 * evaluator, four at a time, until reporting's read model holds each region's index. It is what
 * spbe-indicators does under load, so its peak memory is measured doing it (no other figure sends
 * it work); it has no target and no baseline of its own.
 */
export async function recordSpbeRound(ctx: BenchContext): Promise<SpbeRound> {
  const framework = loadPermenPanRb59Framework();
  const regions = loadRegionDirectory().all().slice(0, ctx.sizes.spbeRegions).map((r) => r.code);
  const admin = await ctx.stack.token('00', 'admin');
  const random = new Random(59);
  const bar = ctx.progress('spbe round', regions.length, 'regions');
  const started = Date.now();
  try {
    let done = 0;
    await eachConcurrently(regions, 4, async (region) => {
      const levels = framework.indicators.map((indicator) => ({ no: indicator.no, level: random.int(1, framework.maxLevel) }));
      // Pinned to 59/2020 (47 indicators) although Indeks Pemdi is in force in 2026, so the figure stays comparable with earlier runs.
      await callApi(ctx.stack.url('spbe-indicators'), 'PUT', `/v1/spbe/assessments/${region}/${SPBE_YEAR}`, admin, { kind: 'final', frameworkId: framework.id, levels });
      bar.update(++done);
    });
    await untilReportingHolds(ctx, regions.length);
    return { regions: regions.length, indicators: framework.indicators.length, seconds: (Date.now() - started) / 1000 };
  } finally {
    bar.stop();
  }
}

/** Waits until reporting's live generation has the final index of that many regions for the year. */
async function untilReportingHolds(ctx: BenchContext, regions: number, timeoutMs = 300000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await ctx.db.query(`SELECT schema_name FROM reporting.read_model_generation WHERE status = 'live'`);
    const live = rows[0]?.schema_name as string | undefined;
    const held = live ? Number((await ctx.db.query(`SELECT count(*) AS n FROM "${live}".spbe_index WHERE year = $1 AND kind = 'final'`, [SPBE_YEAR])).rows[0].n) : 0;
    if (held >= regions) return;
    if (Date.now() > deadline) throw new Error(`reporting holds the SPBE index of ${held} of ${regions} regions after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
