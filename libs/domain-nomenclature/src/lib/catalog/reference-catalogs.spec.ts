import { createNameMatcher, matchesQuery } from '../search/normalise-text';
import { NomenclatureRow } from './nomenclature-row';
import { loadReferenceCatalog } from './reference-catalogs';

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe(`${loadReferenceCatalog.name} (real data)`, () => {
  describe('sipd-2027', () => {
    const { rows, inactiveRows, errors, warnings } = loadReferenceCatalog('sipd-2027');
    const find = (level: string, code: string): NomenclatureRow | undefined => rows.find((r) => r.level === level && r.code === code);

    it('parses all 7,581 rows with no errors: 4,031 PROV and 3,550 KABKOT', () => {
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      expect(inactiveRows).toEqual([]);
      expect(rows).toHaveLength(7581);
      expect(countBy(rows, (r) => r.level)).toEqual({ PROV: 4031, KABKOT: 3550 });
    });

    it('holds 7,115 distinct codes; the 466 shared by both levels are all special-regime codes', () => {
      const levelsByCode = new Map<string, string[]>();
      for (const r of rows) levelsByCode.set(r.code, [...(levelsByCode.get(r.code) ?? []), r.level]);
      const shared = [...levelsByCode].filter(([, levels]) => levels.length === 2).map(([code]) => code);
      expect(levelsByCode.size).toBe(7115);
      expect(shared).toHaveLength(466);
      expect(new Set(shared.map((c) => c.split('.')[3]))).toEqual(new Set(['3', '4', '5', '7']));
    });

    it('uses level digit 1 only for PROV and 2 only for KABKOT; special digits 6 and 8 only for PROV', () => {
      expect(countBy(rows, (r) => `${r.level}:${r.code.split('.')[3]}`)).toEqual({
        'PROV:1': 2650,
        'PROV:3': 457,
        'PROV:4': 448,
        'PROV:5': 120,
        'PROV:6': 120,
        'PROV:7': 221,
        'PROV:8': 15,
        'KABKOT:2': 2542,
        'KABKOT:3': 356,
        'KABKOT:4': 372,
        'KABKOT:5': 103,
        'KABKOT:7': 177,
      });
    });

    it('has 220 X.XX program penunjang rows and four-digit codes throughout', () => {
      expect(rows.filter((r) => r.urusanCode === 'X')).toHaveLength(220);
      expect(rows.every((r) => r.code === r.sourceCode)).toBe(true);
    });

    it('names 346 predecessors', () => {
      expect(rows.filter((r) => r.previous !== null)).toHaveLength(346);
    });

    it('carries 2.16.03.2.02.0041 with its kinerja, indikator, satuan and predecessor', () => {
      const row = find('KABKOT', '2.16.03.2.02.0041');
      expect(row).toMatchObject({
        name: 'Koordinasi Pelaksanaan SPBE (Pemerintah Digital) yang meliputi tata kelola, manajemen SPBE, dan Audit TIK',
        kegiatanName: 'Pengelolaan E-government di Lingkup Pemerintah Daerah Kabupaten/Kota',
        satuan: 'Dokumen',
        previous: { code: '2.16.03.2.02.0037' },
      });
      expect(find('PROV', '2.16.03.1.02.0041')?.name).toBe(row?.name);
    });

    it('finds 2.16.03.2.02.0041 with the query "spbe koordinasi"', () => {
      const matches = createNameMatcher('spbe koordinasi');
      const found = rows.filter((r) => r.level === 'KABKOT' && matches(r.name)).map((r) => r.code);
      expect(found).toContain('2.16.03.2.02.0041');
      expect(matchesQuery(find('KABKOT', '2.16.03.2.02.0041')?.name ?? '', 'spbe koordinasi')).toBe(true);
    });
  });

  describe('kepmendagri-050-3708-2020', () => {
    const { rows, inactiveRows, errors, warnings } = loadReferenceCatalog('kepmendagri-050-3708-2020');

    it('parses 5,026 active rows (PROV 2,798, KABKOT 2,228) with no errors', () => {
      expect(errors).toEqual([]);
      expect(rows).toHaveLength(5026);
      expect(countBy(rows, (r) => r.level)).toEqual({ PROV: 2798, KABKOT: 2228 });
    });

    it('sets the 326 inactive records aside; 20 of them carry a zero segment and become warnings', () => {
      expect(inactiveRows).toHaveLength(306);
      expect(warnings).toHaveLength(20);
      expect(new Set(warnings.map((w) => w.code))).toEqual(new Set(['NOMENCLATURE_CSV_CODE_MALFORMED']));
      expect(rows.length + inactiveRows.length + warnings.length).toBe(5352);
    });

    it('reads the two-digit codes and keys them on their four-digit form', () => {
      expect(rows.every((r) => /\.\d{2}$/.test(r.sourceCode) && /\.\d{4}$/.test(r.code))).toBe(true);
      expect(rows[0]).toMatchObject({ sourceCode: 'X.XX.01.1.01.01', code: 'X.XX.01.1.01.0001', kinerja: null });
    });

    it('uses only level digits 1 (PROV) and 2 (KABKOT)', () => {
      expect(countBy(rows, (r) => `${r.level}:${r.code.split('.')[3]}`)).toEqual({ 'PROV:1': 2798, 'KABKOT:2': 2228 });
    });
  });
});
