import { nameKeyOf, searchTextOf } from './search-text';

describe(searchTextOf.name, () => {
  it('keeps the lower-cased, accent-free words of a name, each after a space', () => {
    expect(searchTextOf('Koordinasi Pelaksanaan SPBE (Pemerintah Digital)')).toBe(' koordinasi pelaksanaan spbe pemerintah digital');
    expect(searchTextOf('Pembinaan Ormas Keagamaan Ḥalal')).toContain(' halal');
  });

  it('adds the joined form of a word written with inner punctuation', () => {
    expect(searchTextOf('Pengelolaan E-Government').split(' ')).toEqual(expect.arrayContaining(['e', 'government', 'egovernment']));
  });
});

describe(nameKeyOf.name, () => {
  it('makes names that differ only in case, spacing or punctuation equal', () => {
    expect(nameKeyOf('Kepala Sekolah, Guru, Penjaga Sekolah')).toBe(nameKeyOf('kepala sekolah/guru/penjaga  sekolah'));
  });
});
