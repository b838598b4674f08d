const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The trigrams of a text as pg_trgm makes them, in order and with repeats: each word (a run of
 * letters and digits, lower-cased) padded with two spaces before and one after, every three
 * consecutive characters of it (`"ab"` → `"  a"`, `" ab"`, `"ab "`).
 */
export function trigramsOf(text: string): string[] {
  const trigrams: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    const chars = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 3 <= chars.length; i++) trigrams.push(chars[i] + chars[i + 1] + chars[i + 2]);
  }
  return trigrams;
}

/**
 * Trigram word similarity of a query to a text, computed as pg_trgm's `word_similarity(query,
 * text)` does: the best `shared ÷ (query trigrams + extent trigrams − shared)` over the
 * continuous extents of the text's trigram sequence, counting distinct trigrams; an extent
 * starts and ends at a trigram the query has. Prepared once per query, it ranks many texts
 * given as sequences of trigram ids (see {@link TrigramDictionary}), so a catalog's names are
 * split into trigrams once. Results are rounded to single precision, as PostgreSQL's `real`.
 */
export class WordSimilarity {
  /** Distinct trigrams of the query. */
  readonly queryTrigrams: number;
  private readonly inQuery: Uint8Array;
  /** Per trigram id: its last position in the extent being measured, -1 when outside. */
  private readonly lastPosition: Int32Array;
  /** Per trigram id: the last text {@link bound} saw it in. */
  private readonly seenIn: Uint32Array;
  private texts = 0;

  constructor(query: string, dictionary: TrigramDictionary) {
    const distinct = new Set(trigramsOf(query));
    this.queryTrigrams = distinct.size;
    this.inQuery = new Uint8Array(dictionary.size);
    for (const trigram of distinct) {
      const id = dictionary.idOf(trigram);
      if (id !== undefined) this.inQuery[id] = 1;
    }
    this.lastPosition = new Int32Array(dictionary.size).fill(-1);
    this.seenIn = new Uint32Array(dictionary.size);
  }

  /**
   * How many of the query's distinct trigrams the text has at all, in one pass. Divided by
   * {@link queryTrigrams} it bounds {@link of} from above: no extent shares more, and the
   * denominator is never below the query's count.
   */
  sharedTrigrams(text: ArrayLike<number>): number {
    const mark = ++this.texts;
    let shared = 0;
    for (let i = 0; i < text.length; i++) {
      const id = text[i];
      if (this.inQuery[id] && this.seenIn[id] !== mark) {
        this.seenIn[id] = mark;
        shared++;
      }
    }
    return shared;
  }

  /** `word_similarity(query, text)` for a text given as the ids of its trigrams, in order. */
  of(text: ArrayLike<number>): number {
    const { inQuery, lastPosition, queryTrigrams } = this;
    const ratio = (shared: number, extent: number) => Math.fround(shared / (queryTrigrams + extent - shared));
    let best = 0;
    let lower = -1;
    let extent = 0; // distinct trigrams in [lower, i]
    let shared = 0; // of them, those the query has
    for (let i = 0; i < text.length; i++) {
      const id = text[i];
      // Before the first shared trigram nothing counts: an extent never starts on a trigram the query lacks.
      if (lower >= 0 || inQuery[id]) {
        if (lastPosition[id] < 0) {
          extent++;
          if (inQuery[id]) shared++;
        }
        lastPosition[id] = i;
      }
      if (!inQuery[id]) continue;
      if (lower === -1) {
        lower = i;
        extent = 1;
      }
      // The extent ends here; try every later start for a better ratio and keep the best one.
      let current = ratio(shared, extent);
      let tryExtent = extent;
      let tryShared = shared;
      const previousLower = lower;
      for (let start = lower; start <= i; start++) {
        const candidate = ratio(tryShared, tryExtent);
        if (candidate > current) {
          current = candidate;
          extent = tryExtent;
          shared = tryShared;
          lower = start;
        }
        const leaving = text[start];
        if (lastPosition[leaving] === start) {
          tryExtent--;
          if (inQuery[leaving]) tryShared--;
        }
      }
      if (current > best) best = current;
      for (let start = previousLower; start < lower; start++) {
        const leaving = text[start];
        if (lastPosition[leaving] === start) lastPosition[leaving] = -1;
      }
    }
    for (let i = 0; i < text.length; i++) lastPosition[text[i]] = -1; // ready for the next text
    return best;
  }
}

/** Trigram ids of one catalog: texts are stored as small integer sequences instead of strings. */
export class TrigramDictionary {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  idOf(trigram: string): number | undefined {
    return this.ids.get(trigram);
  }

  /** The text's trigram ids in order, adding trigrams not seen before. */
  encode(text: string): Uint16Array | Uint32Array {
    const ids = trigramsOf(text).map((trigram) => {
      let id = this.ids.get(trigram);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(trigram, id);
      }
      return id;
    });
    return this.ids.size <= 0xffff ? Uint16Array.from(ids) : Uint32Array.from(ids);
  }
}

/** `word_similarity(query, text)` of pg_trgm for one pair (tests and one-off use). */
export function wordSimilarity(query: string, text: string): number {
  const dictionary = new TrigramDictionary();
  const encoded = dictionary.encode(text);
  return new WordSimilarity(query, dictionary).of(encoded);
}
