import { compactText, createNameMatcher, matchesQuery, normaliseText, tokenize } from './normalise-text';

const SPBE_NAME = 'Koordinasi Pelaksanaan SPBE (Pemerintah Digital) yang meliputi tata kelola, manajemen SPBE, dan Audit TIK';

describe(normaliseText.name, () => {
  it('lower-cases and collapses punctuation and spacing', () => {
    expect(normaliseText('  Pengelolaan  E-Government (SPBE)/Kab.Kota ')).toBe('pengelolaan e government spbe kab kota');
  });

  it('strips accents and diacritics', () => {
    expect(normaliseText('Bahasa Indonésia à la café')).toBe('bahasa indonesia a la cafe');
  });

  it('keeps digits', () => {
    expect(normaliseText('Pendidikan 1 (Satu) Provinsi')).toBe('pendidikan 1 satu provinsi');
  });
});

describe(compactText.name, () => {
  it('makes names that differ only in case, spacing or punctuation equal', () => {
    expect(compactText('Kab/Kota')).toBe(compactText('kab / KOTA'));
    expect(compactText('Kab/Kota')).not.toBe(compactText('Kabupaten/Kota'));
  });
});

describe(tokenize.name, () => {
  it('splits into normalised words without duplicates', () => {
    expect(tokenize('SPBE dan spbe, Audit TIK')).toEqual(['spbe', 'dan', 'audit', 'tik']);
  });

  it('adds the joined form of a hyphenated word', () => {
    expect(tokenize('Pengelolaan E-Government')).toEqual(['pengelolaan', 'e', 'government', 'egovernment']);
  });
});

describe(matchesQuery.name, () => {
  it('matches query tokens in any order', () => {
    expect(matchesQuery(SPBE_NAME, 'spbe koordinasi')).toBe(true);
  });

  it('treats each query token as a prefix', () => {
    expect(matchesQuery(SPBE_NAME, 'koord pelaks')).toBe(true);
  });

  it('ignores case, punctuation and accents in the query', () => {
    expect(matchesQuery(SPBE_NAME, 'AUDIT-TIK, digitál')).toBe(true);
  });

  it('fails when any query token has no match', () => {
    expect(matchesQuery(SPBE_NAME, 'spbe statistik')).toBe(false);
  });

  it('does not match a token in the middle of a word', () => {
    expect(matchesQuery(SPBE_NAME, 'dinasi')).toBe(false);
  });

  it('finds hyphenated words written together or apart', () => {
    expect(matchesQuery('Pengelolaan E-Government', 'egov')).toBe(true);
    expect(matchesQuery('Pengelolaan E-Government', 'e gov')).toBe(true);
  });

  it('matches every name for an empty query', () => {
    expect(matchesQuery(SPBE_NAME, '  ')).toBe(true);
  });
});

describe(createNameMatcher.name, () => {
  it('can be reused across names', () => {
    const matches = createNameMatcher('musrenbang');
    expect(['Pelaksanaan Musrenbang Provinsi', 'Pelaksanaan Musrenbang Kabupaten/Kota', 'Audit TIK'].filter(matches)).toHaveLength(2);
  });
});
