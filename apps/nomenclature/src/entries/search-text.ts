import { compactText, tokenize } from '@selaras/domain-nomenclature';

/**
 * The searchable form of a name: its normalised tokens (lower case, no accents, punctuation
 * split, `E-Government` also as `egovernment`), each preceded by a space, so `LIKE '% spbe%'`
 * finds a word that starts with "spbe" anywhere in the name, in any order.
 */
export function searchTextOf(name: string): string {
  return tokenize(name).map((token) => ` ${token}`).join('');
}

/** "The same name" across versions and for exact-match ranking: case, spacing and punctuation ignored. */
export function nameKeyOf(name: string): string {
  return compactText(name);
}
