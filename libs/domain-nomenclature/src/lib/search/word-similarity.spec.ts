import { TrigramDictionary, trigramsOf, WordSimilarity, wordSimilarity } from './word-similarity';

// Expected values are PostgreSQL 15's own answers (`SELECT word_similarity(q, t)` with pg_trgm).
describe(trigramsOf.name, () => {
  it('pads each word with two spaces before and one after, as pg_trgm', () => {
    expect(trigramsOf('ab')).toEqual(['  a', ' ab', 'ab ']);
  });

  it('lower-cases, splits on anything but letters and digits, and keeps repeats in order', () => {
    expect(trigramsOf('A-a')).toEqual(['  a', ' a ', '  a', ' a ']);
  });
});

describe(wordSimilarity.name, () => {
  it.each([
    ['spbe koordinasi', ' koordinasi pelaksanaan spbe pemerintah digital', 0.6875],
    ['koord', ' koordinasi pelaksanaan', 0.8333333],
    ['pelaks koord', ' koordinasi pelaksanaan', 0.57894737],
    ['word', ' two words', 0.8],
    ['Kabankala', 'Kabankala ankaya', 1],
  ])('word_similarity(%j, %j) is %d, as in PostgreSQL', (query, text, expected) => {
    expect(wordSimilarity(query, text)).toBe(Math.fround(expected));
  });

  it('is 0 when no trigram is shared', () => {
    expect(wordSimilarity('zzz', ' two words')).toBe(0);
  });

  it('ranks a whole word above a word beginning', () => {
    expect(wordSimilarity('data', ' data statistik')).toBeGreaterThan(wordSimilarity('data', ' database statistik'));
  });
});

describe(WordSimilarity.name, () => {
  it('measures many texts of one dictionary with one prepared query, each as on its own', () => {
    const texts = [' koordinasi pelaksanaan spbe', ' pelaksanaan koordinasi', ' audit tik spbe', ' koordinasi koordinasi spbe'];
    const dictionary = new TrigramDictionary();
    const encoded = texts.map((t) => dictionary.encode(t));
    const similarity = new WordSimilarity('spbe koordinasi', dictionary);
    expect(encoded.map((e) => similarity.of(e))).toEqual(texts.map((t) => wordSimilarity('spbe koordinasi', t)));
  });

  it('bounds every similarity from above by the share of the query trigrams the text has', () => {
    const texts = [' koordinasi pelaksanaan spbe', ' pelaksanaan koordinasi', ' audit tik spbe', ' penyusunan dokumen', ' koordinasi koordinasi spbe'];
    const dictionary = new TrigramDictionary();
    const encoded = texts.map((t) => dictionary.encode(t));
    for (const query of ['spbe koordinasi', 'pen', 'koord pelaks', 'audit']) {
      const similarity = new WordSimilarity(query, dictionary);
      for (const e of encoded) expect(Math.fround(similarity.sharedTrigrams(e) / similarity.queryTrigrams)).toBeGreaterThanOrEqual(similarity.of(e));
    }
    expect(new WordSimilarity('spbe', dictionary).sharedTrigrams(encoded[2])).toBe(5);
  });
});
