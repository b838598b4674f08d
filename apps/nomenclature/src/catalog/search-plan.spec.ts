import { DomainError } from '@selaras/service-kit';
import { planSearch, wordPrefixPattern } from './search-plan';

describe(planSearch.name, () => {
  it('turns text into normalised words, any order, case and accents ignored', () => {
    expect(planSearch('  SPBE   Koordinasi ')).toMatchObject({ kind: 'words', words: ['spbe', 'koordinasi'], phrase: 'spbe koordinasi' });
    expect(planSearch('Pengelolaan E-Government, Pemerintah Daerah')).toMatchObject({ words: ['pengelolaan', 'e', 'government', 'pemerintah', 'daerah'] });
    expect(planSearch('Ḥalal').kind === 'words' && planSearch('Ḥalal')).toMatchObject({ words: ['halal'] });
  });

  it('keeps the whole query as a name key so the exact name ranks first', () => {
    expect(planSearch('Pelaksanaan Musrenbang Provinsi')).toMatchObject({ nameKey: 'pelaksanaanmusrenbangprovinsi' });
  });

  it('searches a code prefix as a code', () => {
    expect(planSearch('2.16.03.2.02')).toEqual({ kind: 'code', prefix: '2.16.03.2.02' });
    expect(planSearch('x.xx.01')).toEqual({ kind: 'code', prefix: 'X.XX.01' });
    expect(planSearch('2027').kind).toBe('words');
  });

  it('refuses a query with nothing to search for', () => {
    expect(() => planSearch(' !! ')).toThrow(DomainError);
  });
});

describe(wordPrefixPattern.name, () => {
  it('matches a word beginning anywhere in the space-separated tokens', () => {
    expect(wordPrefixPattern('koord')).toBe('% koord%');
  });
});
