import { compactText, normaliseText } from '../search/normalise-text';

/**
 * Words that say which government does something, not what is done: the province's and the
 * kab/kota's versions of one item differ only in them ("… Provinsi" / "… Kabupaten/Kota",
 * "Kab/Kota", "Tingkat Daerah Provinsi", "Kewenangan Daerah Kabupaten/Kota").
 */
const LEVEL_WORDS = new Set(['provinsi', 'kabupaten', 'kota', 'kab', 'daerah', 'prov', 'kewenangan', 'tingkat']);

/** The words of a name that say what it funds: normalised (case, accents, punctuation) and without level words. */
export function meaningWords(name: string): string[] {
  return normaliseText(name)
    .split(' ')
    .filter((w) => w !== '' && !LEVEL_WORDS.has(w));
}

/** A name reduced to what it funds, for equality: `"Penyediaan Akses Internet Daerah Provinsi"` → `"penyediaan akses internet"`. */
export function meaningName(name: string): string {
  return meaningWords(name).join(' ');
}

/** Share of distinct meaning words two names have in common (Jaccard, 0–1). */
export function nameSimilarity(a: string, b: string): number {
  const left = new Set(meaningWords(a));
  const right = new Set(meaningWords(b));
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const w of left) if (right.has(w)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * At or above this, two names are one item written twice (a spelling fixed, "Lab" →
 * "Laboratorium", "Perlatihan" → "Pelatihan": one word in eight to twelve); below it another
 * item. Measured on the 2027 list's 55 declared predecessors: the real ones score 0.8 or more,
 * the reused codes 0.45 or less.
 */
export const SAME_ITEM_SIMILARITY = 0.75;

/**
 * The same item written twice: equal once case, spacing and punctuation are ignored ("Kerjasama"
 * / "Kerja Sama"), equal meaning names, or at most a word or so in eight apart.
 */
export function sameItemName(a: string, b: string): boolean {
  return compactText(a) === compactText(b) || meaningName(a) === meaningName(b) || nameSimilarity(a, b) >= SAME_ITEM_SIMILARITY;
}
