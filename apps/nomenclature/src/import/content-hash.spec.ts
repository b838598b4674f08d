import { aCatalogRow } from '../testing/entry.fixtures';
import { contentHash } from './content-hash';

describe(contentHash.name, () => {
  const rows = [aCatalogRow(), aCatalogRow({ level: 'PROV', code: '2.16.03.1.02.0041', line: 3 })];

  it('is the same for the same entries in another order or on other lines', () => {
    const reordered = [{ ...rows[1], line: 2 }, { ...rows[0], line: 3 }];
    expect(contentHash(reordered)).toBe(contentHash(rows));
  });

  it('changes when any catalog value changes', () => {
    expect(contentHash([rows[0], { ...rows[1], satuan: 'Laporan' }])).not.toBe(contentHash(rows));
    expect(contentHash([rows[0], { ...rows[1], previous: null }])).not.toBe(contentHash(rows));
  });
});
