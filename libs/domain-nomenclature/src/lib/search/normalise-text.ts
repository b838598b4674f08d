const MARKS = /\p{M}+/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Indonesian text in a comparable form: lower case, accents and other diacritics removed,
 * every run of punctuation or whitespace turned into one space, trimmed.
 * `"Pengelolaan E-Government (SPBE)"` → `"pengelolaan e government spbe"`.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_ALNUM, ' ').trim();
}

/**
 * The same text with no separators at all, so names that differ only in case, spacing or
 * punctuation compare equal (`"Kab/Kota"`, `"Kab / Kota"` and `"kabkota"`).
 */
export function compactText(text: string): string {
  return normaliseText(text).replace(/ /g, '');
}

/**
 * Search tokens of a text: the words of {@link normaliseText}, plus the joined form of any
 * word written with inner punctuation (`"E-Government"` gives `e`, `government` and
 * `egovernment`), without duplicates.
 */
export function tokenize(text: string): string[] {
  const tokens = new Set<string>();
  for (const word of text.split(/\s+/)) {
    const parts = normaliseText(word).split(' ').filter((p) => p !== '');
    for (const part of parts) tokens.add(part);
    if (parts.length > 1) tokens.add(parts.join(''));
  }
  return [...tokens];
}

/**
 * A reusable predicate for one query: a name matches when every query token is a prefix of
 * some token of the name, in any order. An empty query matches every name.
 */
export function createNameMatcher(query: string): (name: string) => boolean {
  const wanted = normaliseText(query).split(' ').filter((t) => t !== '');
  return (name) => {
    if (wanted.length === 0) return true;
    const have = tokenize(name);
    return wanted.every((w) => have.some((h) => h.startsWith(w)));
  };
}

/** True when every token of `query` is a prefix of some token of `name` (see {@link createNameMatcher}). */
export function matchesQuery(name: string, query: string): boolean {
  return createNameMatcher(query)(name);
}
