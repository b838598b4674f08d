import type { GovernmentLevel } from '@selaras/contracts';
import { ENTRY_SELECT } from '../entries/entry-columns';
import { SearchPlan, wordPrefixPattern } from './search-plan';

export interface SearchSqlOptions {
  schema: string;
  versionId: string;
  level: GovernmentLevel | null;
  limit: number;
  /** pg_trgm is installed: rank by `word_similarity` as well. */
  trigram: boolean;
}

export interface SearchStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * The query for a search plan. Words: every word must start a word of the name (one `LIKE` per
 * word on the same column, which the trigram index answers). Ranking, best first: the exact
 * name, trigram word similarity of the whole query to the name (whole words beat word
 * beginnings), shorter names, then code. `total` counts every match before the limit.
 */
export function searchStatement(plan: SearchPlan, options: SearchSqlOptions): SearchStatement {
  const table = `"${options.schema}"."entry"`;
  if (plan.kind === 'code') {
    return {
      sql: `SELECT ${ENTRY_SELECT}, count(*) OVER ()::int AS "total" FROM ${table}
            WHERE "version_id" = $1 AND ($2::text IS NULL OR "level" = $2) AND ("code" LIKE $3 OR "source_code" LIKE $3)
            ORDER BY "code", "level" LIMIT $4`,
      parameters: [options.versionId, options.level, `${plan.prefix}%`, options.limit],
    };
  }
  const patterns = plan.words.map(wordPrefixPattern);
  const everyWord = patterns.map((_, i) => `"search_text" LIKE $${6 + i}`).join(' AND ');
  // Without pg_trgm the phrase parameter is still referenced, so its type is known.
  const similarity = options.trigram ? `word_similarity($5::text, "search_text")` : `(0 * length($5::text))::real`;
  return {
    sql: `SELECT ${ENTRY_SELECT}, count(*) OVER ()::int AS "total" FROM ${table}
          WHERE "version_id" = $1 AND ($2::text IS NULL OR "level" = $2) AND ${everyWord}
          ORDER BY ("name_key" = $3) DESC, ${similarity} DESC, length("name"), "code", "level"
          LIMIT $4`,
    parameters: [options.versionId, options.level, plan.nameKey, options.limit, plan.phrase, ...patterns],
  };
}
