import { Pool } from 'pg';
import { BenchContext } from '../bench-context';
import { Figure } from '../report/figure';
import { percentile } from '../report/percentiles';
import { loadRun, unitsPerSecond } from './load-loop';
import { searchQueries, VALIDATE_BATCH, validationBatches } from './nomenclature-workload';

const CONCURRENCY = 4;

/**
 * Nomenclature: `POST /v1/nomenclature/validate` with batches of codes and `GET
 * /v1/nomenclature/search` with typed words, 4 clients back to back. The baseline runs the same
 * lookups as SQL over node-postgres (4 connections): the service's own queries without HTTP,
 * Nest or its classification.
 */
export async function nomenclatureFigures(ctx: BenchContext): Promise<Figure[]> {
  const url = ctx.stack.url('nomenclature');
  const batches = validationBatches(ctx.catalog, 64);
  const queries = searchQueries(ctx.catalog, 512);
  const seconds = ctx.sizes.nomenclatureSeconds;
  const pick = <T>(list: T[], worker: number, round: number) => list[(worker * 131 + round) % list.length];

  const validateCall = async (w: number, r: number) => {
    const response = await fetch(`${url}/v1/nomenclature/validate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ level: 'KABKOT', codes: pick(batches, w, r) }) });
    if (!response.ok) throw new Error(`validate answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
    return VALIDATE_BATCH;
  };
  const searchCall = async (w: number, r: number) => {
    const response = await fetch(`${url}/v1/nomenclature/search?level=KABKOT&q=${encodeURIComponent(pick(queries, w, r))}`);
    if (!response.ok) throw new Error(`search answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
    return 1;
  };
  // A first, unmeasured second of each: the service's first requests compile their code paths.
  await unitsPerSecond(1, CONCURRENCY, validateCall);
  const validate = await loadRun(seconds, CONCURRENCY, validateCall);
  await unitsPerSecond(1, CONCURRENCY, searchCall);
  const search = await loadRun(seconds, CONCURRENCY, searchCall);

  const pool = new Pool({ connectionString: ctx.stack.databaseUrl, max: CONCURRENCY });
  try {
    const version = (await pool.query(`SELECT id FROM nomenclature.version WHERE active`)).rows[0].id as string;
    const trigram = (await pool.query(`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS present`)).rows[0].present as boolean;
    const baseValidateCall = async (w: number, r: number) => {
      const codes = [...new Set(pick(batches, w, r))];
      await Promise.all([
        pool.query(`SELECT * FROM nomenclature.entry WHERE version_id = $1 AND code = ANY($2::text[])`, [version, codes]),
        pool.query(`SELECT * FROM nomenclature.retired_code WHERE version_id = $1 AND level = 'KABKOT' AND code = ANY($2::text[])`, [version, codes]),
      ]);
      return VALIDATE_BATCH;
    };
    const baseSearchCall = async (w: number, r: number) => {
      const words = pick(queries, w, r).split(' ');
      const likes = words.map((_, i) => `search_text LIKE $${3 + i}`).join(' AND ');
      const rank = trigram ? 'word_similarity($2, search_text) DESC,' : '';
      await pool.query(
        `SELECT *, count(*) OVER ()::int AS total FROM nomenclature.entry WHERE version_id = $1 AND level = 'KABKOT' AND ${likes} AND length($2) > 0
         ORDER BY ${rank} length(name), code LIMIT 20`,
        [version, words.join(' '), ...words.map((w2) => `% ${w2}%`)],
      );
      return 1;
    };
    await unitsPerSecond(1, CONCURRENCY, baseValidateCall);
    const baseValidate = await loadRun(seconds, CONCURRENCY, baseValidateCall);
    await unitsPerSecond(1, CONCURRENCY, baseSearchCall);
    const baseSearch = await loadRun(seconds, CONCURRENCY, baseSearchCall);
    return [
      { id: 'nomenclature.validate', label: 'Nomenclature validation', unit: 'codes/s', selaras: validate.perSecond, baseline: baseValidate.perSecond, better: 'higher', note: `batches of ${VALIDATE_BATCH} codes (80 % valid, 10 % wrong level, 7 % unknown, 3 % malformed), ${CONCURRENCY} clients, ${seconds} s` },
      { id: 'nomenclature.validate.p99', label: 'Nomenclature validation p99, one batch', unit: 'ms', selaras: p99(validate), baseline: p99(baseValidate), better: 'lower', note: `per call of ${VALIDATE_BATCH} codes, ${CONCURRENCY} clients` },
      { id: 'nomenclature.search', label: 'Nomenclature search', unit: 'queries/s', selaras: search.perSecond, baseline: baseSearch.perSecond, better: 'higher', note: `one or two typed word beginnings of real names, level KABKOT, ${CONCURRENCY} clients, ${seconds} s` },
      { id: 'nomenclature.search.p99', label: 'Nomenclature search p99, one query', unit: 'ms', selaras: p99(search), baseline: p99(baseSearch), better: 'lower', note: `per query, ${CONCURRENCY} clients` },
    ];
  } finally {
    await pool.end();
  }
}

/** The 99th percentile of a run's call times, to a tenth of a millisecond. */
function p99(run: { latenciesMs: number[] }): number {
  return Math.round(percentile(run.latenciesMs, 99) * 10) / 10;
}
