import { loadReferenceCatalog } from '@selaras/domain-nomenclature';
import { toEntryRecord } from '../../entries/entry-record';
import type { RetiredCodeRecord } from '../../entries/retired-code-store.service';
import { anEntryRecord } from '../../testing/entry.fixtures';
import { classifyCode } from '../classify-code';
import { planSearch } from '../search-plan';
import { CatalogIndex } from './catalog-index';

const SPBE = '2.16.03.2.02.0041';
const retiredRecord = (overrides: Partial<RetiredCodeRecord>): RetiredCodeRecord => ({
  level: 'KABKOT', code: '2.16.03.2.02.0037', name: 'Koordinasi penyusunan kebijakan tata kelola SPBE', retiredInVersionId: 'v2', successorCodes: [SPBE], successorReason: 'declared', ...overrides,
});
const small = () =>
  new CatalogIndex(
    'v2',
    [
      anEntryRecord(),
      anEntryRecord({ level: 'PROV', code: '2.16.03.1.02.0041', sourceCode: '2.16.03.1.02.0041' }),
      anEntryRecord({ code: 'X.XX.01.2.01.0001', sourceCode: 'X.XX.01.2.01.0001', bidangCode: 'X.XX', bidangName: 'PENUNJANG URUSAN', name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah', satuan: 'Dokumen' }),
    ],
    [retiredRecord({}), retiredRecord({ code: 'X.XX.01.2.01.0009', successorCodes: ['X.XX.01.2.01.0001'] }), retiredRecord({ level: 'PROV', code: '2.16.03.1.02.0037', successorCodes: ['2.16.03.1.02.0041'] })],
  );
const validate = (index: CatalogIndex, level: 'PROV' | 'KABKOT', code: string) => classifyCode(level, code, index.factsAt(level), { versionId: index.versionId, region: '81.71' });

describe(CatalogIndex.name, () => {
  describe('lookup', () => {
    it('finds a code at every level it has, and nothing for an unknown code', () => {
      const index = small();
      expect(index.entriesOf(SPBE).map((e) => e.level)).toEqual(['KABKOT']);
      expect(index.entriesOf('2.16.03.2.02.0999')).toEqual([]);
      expect(index.bidangName('2.16')).toBe('URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA');
      expect(index.bidangName('9.99')).toBeNull();
    });

    it('knows a retirement per level, or at any level', () => {
      const index = small();
      expect(index.retiredOf('KABKOT', '2.16.03.2.02.0037')?.successorCodes).toEqual([SPBE]);
      expect(index.retiredOf('PROV', '2.16.03.2.02.0037')).toBeUndefined();
      expect(index.retiredOf(null, '2.16.03.1.02.0037')?.level).toBe('PROV');
    });
  });

  describe('validation facts', () => {
    it('answers valid with what a proposal needs, unknown, and malformed', () => {
      const index = small();
      expect(validate(index, 'KABKOT', SPBE)).toMatchObject({ status: 'valid', satuan: 'Dokumen' });
      expect(validate(index, 'KABKOT', '2.16.03.2.02.0999')).toMatchObject({ status: 'unknown' });
      expect(validate(index, 'KABKOT', '2.16.3.2.2.41')).toMatchObject({ status: 'malformed' });
    });

    it('answers wrong_level for a code of the other level, even one the catalog has', () => {
      expect(validate(small(), 'KABKOT', '2.16.03.1.02.0041')).toMatchObject({ status: 'wrong_level', reason: expect.stringContaining('level-2') });
    });

    it('answers retired with the successor at the asked level only', () => {
      const index = small();
      expect(validate(index, 'KABKOT', '2.16.03.2.02.0037')).toMatchObject({ status: 'retired', successor: SPBE, successors: [SPBE] });
      expect(validate(index, 'PROV', '2.16.03.1.02.0037')).toMatchObject({ status: 'retired', successor: '2.16.03.1.02.0041' });
    });

    it('reads program penunjang under a real bidang as the X.XX row, retired successors under the same bidang', () => {
      const index = small();
      expect(validate(index, 'KABKOT', '2.16.01.2.01.0001')).toMatchObject({ status: 'valid', name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah' });
      expect(validate(index, 'KABKOT', '1.02.01.2.01.0001')).toMatchObject({ status: 'valid' });
      expect(validate(index, 'KABKOT', 'X.XX.01.2.01.0001')).toMatchObject({ status: 'valid' });
      expect(validate(index, 'KABKOT', '9.99.01.2.01.0001')).toMatchObject({ status: 'unknown' });
      expect(validate(index, 'KABKOT', '2.16.01.2.01.0009')).toMatchObject({ status: 'retired', successor: '2.16.01.2.01.0001' });
    });
  });

  describe('search on the real 2027 list', () => {
    const rows = loadReferenceCatalog('sipd-2027').rows;
    const index = new CatalogIndex('sipd-2027', rows.map(toEntryRecord), []);
    const names = (q: string, level: 'PROV' | 'KABKOT' | null = 'KABKOT', limit = 20) => {
      const plan = planSearch(q);
      if (plan.kind !== 'words') throw new Error(`${q} is not a name query`);
      return index.searchNames(plan, level, limit);
    };

    it('finds a name by word beginnings in any order and case, near the top', () => {
      for (const q of ['spbe koordinasi', 'KOORDINASI spbe', 'koord pelaks spb', 'Koordinasi Pelaksanaan SPBE (Pemerintah Digital)']) {
        expect(names(q).entries.slice(0, 3).map((e) => e.code)).toContain(SPBE);
      }
    });

    it('needs every word to start a word of the name, and counts every match before the limit', () => {
      const hits = names('pengelolaan', null, 5);
      const expected = rows.filter((r) => r.name.toLowerCase().split(/[^a-z0-9]+/).some((w) => w.startsWith('pengelolaan')));
      expect(hits.total).toBe(expected.length);
      expect(hits.entries).toHaveLength(5);
      expect(names('spbe zzzz').total).toBe(0);
      expect(names('oordinasi').total).toBe(0); // inside a word is not a word beginning
    });

    it('ranks the exact name first, then whole words above word beginnings', () => {
      expect(names('musrenbang provinsi', null).entries[0].code).toBe('5.01.02.1.01.0005');
      expect(names('Penyusunan Dokumen Perencanaan Perangkat Daerah').entries[0].code).toBe('X.XX.01.2.01.0001');
      const [first] = names('data').entries;
      expect(first.searchText.split(' ')).toContain('data');
    });

    it('keeps to the asked level', () => {
      expect(names('spbe', 'PROV').entries.every((e) => e.level === 'PROV')).toBe(true);
      expect(names('spbe', null).total).toBe(names('spbe', 'PROV').total + names('spbe', 'KABKOT').total);
    });

    it('searches a code prefix by code then level, the two-digit source form too', () => {
      const hits = index.searchCodes('2.16.03.2.02', 'KABKOT', 100);
      expect(hits.entries.map((e) => e.code)).toEqual(rows.filter((r) => r.level === 'KABKOT' && r.code.startsWith('2.16.03.2.02.')).map((r) => r.code).sort());
      expect(index.searchCodes('2.16.03.2.02', null, 100).total).toBeGreaterThan(hits.total - 1);
      expect(index.searchCodes('7.77', null, 10)).toEqual({ total: 0, entries: [] });
    });
  });

  describe('a version switch', () => {
    it('answers from the version it was built from: a code retired by the newer one is valid in the older one', () => {
      const older = new CatalogIndex('v1', [anEntryRecord({ code: '2.16.03.2.02.0037', sourceCode: '2.16.03.2.02.0037' })], []);
      const newer = small();
      expect(validate(older, 'KABKOT', '2.16.03.2.02.0037')).toMatchObject({ status: 'valid', reason: expect.stringContaining('v1') });
      expect(validate(newer, 'KABKOT', '2.16.03.2.02.0037')).toMatchObject({ status: 'retired', reason: expect.stringContaining('v2') });
    });
  });
});
