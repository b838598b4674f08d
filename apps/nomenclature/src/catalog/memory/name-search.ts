import type { GovernmentLevel } from '@selaras/contracts';
import { TrigramDictionary, WordSimilarity } from '@selaras/domain-nomenclature';
import type { EntryRecord } from '../../entries/entry-record';

/** One entry as name search sees it: its search tokens as ids, its search text as trigram ids. */
interface Searchable {
  entry: EntryRecord;
  /** Ids of its search tokens; ids follow the tokens' byte order. */
  tokens: Uint32Array;
  trigrams: ArrayLike<number>;
  /** Its place among entries of equal similarity: shorter name, then code, then level. */
  order: number;
}

export interface NameQuery {
  /** Normalised words; each must start some token of the name. */
  words: readonly string[];
  /** The normalised query, for trigram word similarity. */
  phrase: string;
  /** The query as a name key: that name ranks first. */
  nameKey: string;
}

export interface SearchHits {
  total: number;
  entries: EntryRecord[];
}

interface Ranked {
  s: Searchable;
  exact: boolean;
  /** The similarity, or before it is computed, a bound it cannot exceed. */
  score: number;
}

/**
 * Name search over one version's entries in memory, with the SQL search's answers: an entry
 * matches when every query word starts one of its search tokens (`LIKE '% word%'` on
 * `search_text`); best first: the exact name, pg_trgm's word similarity of the whole query to
 * the search text, shorter names, code, level. `total` counts every match.
 */
export class NameSearch {
  /** Every search token of the version, in byte order: the tokens a word starts are one run of it. */
  private readonly vocabulary: string[];
  private readonly dictionary = new TrigramDictionary();
  private readonly byLevel = new Map<GovernmentLevel | null, Postings>();

  constructor(entries: readonly EntryRecord[]) {
    const tokensOf = entries.map((e) => e.searchText.split(' ').filter((t) => t !== ''));
    this.vocabulary = [...new Set(tokensOf.flat())].sort(byteOrder);
    const ids = new Map(this.vocabulary.map((token, id) => [token, id]));
    const all = entries
      .map((entry, i) => ({ entry, tokens: Uint32Array.from(tokensOf[i], (token) => ids.get(token) as number), trigrams: this.dictionary.encode(entry.searchText), order: 0 }))
      .sort((a, b) => a.entry.name.length - b.entry.name.length || byteOrder(a.entry.code, b.entry.code) || byteOrder(a.entry.level, b.entry.level));
    all.forEach((s, order) => (s.order = order));
    this.byLevel.set(null, new Postings(all, this.vocabulary.length));
    for (const level of new Set(all.map((s) => s.entry.level))) this.byLevel.set(level, new Postings(all.filter((s) => s.entry.level === level), this.vocabulary.length));
  }

  search(query: NameQuery, level: GovernmentLevel | null, limit: number): SearchHits {
    const postings = this.byLevel.get(level);
    if (!postings) return { total: 0, entries: [] };
    const matches = postings.matching(query.words.map((word) => this.tokensStartedBy(word)));
    return { total: matches.length, entries: this.best(matches, query, limit) };
  }

  /**
   * The `limit` best of the matches (which come in {@link Searchable.order}). Similarity is
   * costly (quadratic in a name's trigrams), so it is computed in the order of a bound it
   * cannot exceed — the share of the query's trigrams a name has at all — and no further once
   * the next bound cannot enter the answer. Names with the same share wait in one bucket, in
   * their order, so no sort is needed.
   */
  private best(matches: readonly Searchable[], query: NameQuery, limit: number): EntryRecord[] {
    const similarity = new WordSimilarity(query.phrase, this.dictionary);
    const answer: Ranked[] = [];
    const buckets: Searchable[][] = Array.from({ length: similarity.queryTrigrams + 1 }, () => []);
    for (const s of matches) {
      if (s.entry.nameKey === query.nameKey) enter(answer, { s, exact: true, score: similarity.of(s.trigrams) }, Infinity);
      else buckets[similarity.sharedTrigrams(s.trigrams)].push(s);
    }
    for (let shared = buckets.length - 1; shared >= 0; shared--) {
      const bound = Math.fround(shared / similarity.queryTrigrams);
      for (const s of buckets[shared]) {
        if (answer.length >= limit && ranking({ s, exact: false, score: bound }, answer[limit - 1]) >= 0) return answer.slice(0, limit).map((r) => r.s.entry);
        enter(answer, { s, exact: false, score: similarity.of(s.trigrams) }, limit);
      }
    }
    return answer.slice(0, limit).map((r) => r.s.entry);
  }

  /** Ids `[from, to)` of the tokens that start with `word`. */
  private tokensStartedBy(word: string): [number, number] {
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.vocabulary[middle] < word) low = middle + 1;
      else high = middle;
    }
    let to = low;
    while (to < this.vocabulary.length && this.vocabulary[to].startsWith(word)) to++;
    return [low, to];
  }
}

/** Entries of one level (or all), in their order, and for each token the entries that have it. */
class Postings {
  private readonly byToken: Int32Array[];

  constructor(private readonly entries: readonly Searchable[], tokenCount: number) {
    const lists: number[][] = Array.from({ length: tokenCount }, () => []);
    entries.forEach((s, at) => s.tokens.forEach((token) => lists[token].push(at)));
    this.byToken = lists.map((list) => Int32Array.from(list));
  }

  /** The entries having, for every range of token ids, a token in it; in their order. */
  matching(ranges: readonly (readonly [number, number])[]): Searchable[] {
    // met[at] counts the ranges met so far; an entry's tokens are distinct, so a range counts once.
    const met = new Uint8Array(this.entries.length);
    ranges.forEach(([from, to], word) => {
      for (let token = from; token < to; token++) {
        for (const at of this.byToken[token]) if (met[at] === word) met[at] = word + 1;
      }
    });
    const matches: Searchable[] = [];
    for (let at = 0; at < met.length; at++) if (met[at] === ranges.length) matches.push(this.entries[at]);
    return matches;
  }
}

/** Puts `r` in its place in the ranked `answer`, which keeps at most `limit`. */
function enter(answer: Ranked[], r: Ranked, limit: number): void {
  let at = answer.length;
  while (at > 0 && ranking(r, answer[at - 1]) < 0) at--;
  if (at >= limit) return;
  answer.splice(at, 0, r);
  if (answer.length > limit) answer.pop();
}

/** Best first: the exact name, then similarity, then {@link Searchable.order}. */
function ranking(a: Ranked, b: Ranked): number {
  return Number(b.exact) - Number(a.exact) || b.score - a.score || a.s.order - b.s.order;
}

/** Byte order, as the database's C collation sorts codes and levels. */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
