import { normaliseText } from '@selaras/domain-nomenclature';
import { nameKeyOf } from '../entries/search-text';
import { SearchQueryEmptyError } from '../nomenclature.errors';

/** More words than this add nothing but cost; the rest are ignored. */
const MAX_WORDS = 8;
/** `2`, `2.16`, `2.16.03.2.02.00`: the start of a code, searched as a code prefix. */
const CODE_PREFIX = /^[0-9X](\.[0-9X]{0,4})*$/i;

export type SearchPlan =
  | { kind: 'code'; prefix: string }
  | {
      kind: 'words';
      /** Normalised query words; each must start some word of the name. */
      words: string[];
      /** The normalised query, for trigram similarity. */
      phrase: string;
      /** The query as a name key, so an exact name ranks first. */
      nameKey: string;
    };

/**
 * How to search for `q`: a code prefix, or words matched case-, accent- and order-insensitively
 * as word prefixes (`spbe koordinasi` finds "Koordinasi Pelaksanaan SPBE …").
 */
export function planSearch(q: string): SearchPlan {
  const trimmed = q.trim();
  if (CODE_PREFIX.test(trimmed)) return { kind: 'code', prefix: trimmed.toUpperCase() };
  const words = [...new Set(normaliseText(trimmed).split(' ').filter((w) => w !== ''))].slice(0, MAX_WORDS);
  if (words.length === 0) throw new SearchQueryEmptyError();
  return { kind: 'words', words, phrase: words.join(' '), nameKey: nameKeyOf(trimmed) };
}

/** `LIKE` pattern for "a word starting with `word`" in the search column (words are letters and digits only, so nothing needs escaping). */
export function wordPrefixPattern(word: string): string {
  return `% ${word}%`;
}
