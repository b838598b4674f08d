import { Client } from 'pg';
import { freshDatabase, RunningService, startTestService, testToken } from '@selaras/testing';
import { NomenclatureAppModule } from '../../app.module';
import { NOMENCLATURE_SCHEMA, NomenclatureConfig } from '../../config';
import { call } from '../../testing/nomenclature-http';
import { planSearch } from '../search-plan';
import { searchStatement } from '../search-sql';
import type { SearchResult } from '../search.service';
import type { ValidationResult } from '../validate-codes.service';

/**
 * Reads answer from an in-memory catalog, yet the database stays the truth: two instances on
 * one database (real PostgreSQL and broker, nothing mocked), and each answers from the version
 * activated through the other from its very next read. And name search in memory gives what the
 * SQL statement it replaced gives, on the real 2027 list.
 */
describe('the in-memory catalog of two instances on one database', () => {
  const V2027 = 'sipd-2027';
  const V2020 = 'kepmendagri-050-3708-2020';
  /** PROV, retired by 2027 with no successor: valid while 2020 is in force, retired after. */
  const RETIRED_BY_2027 = '1.01.02.1.01.0002';
  const admin = testToken('81', 'admin');
  let databaseUrl: string;
  let a: RunningService;
  let b: RunningService;

  const activate = (through: RunningService, id: string) => call(through, 'POST', `/v1/nomenclature/versions/${id}/activate`, { token: admin });
  const validate = (through: RunningService, codes: string[]) => call<ValidationResult>(through, 'POST', '/v1/nomenclature/validate', { json: { level: 'PROV', codes } });

  beforeAll(async () => {
    databaseUrl = await freshDatabase('selaras_test_nomenclature_instances');
    a = await startTestService(NomenclatureConfig, (c) => NomenclatureAppModule.register(c), { DATABASE_URL: databaseUrl });
    b = await startTestService(NomenclatureConfig, (c) => NomenclatureAppModule.register(c), { DATABASE_URL: databaseUrl });
    for (const id of [V2020, V2027]) expect((await call(a, 'POST', `/v1/nomenclature/versions/from-reference/${id}`, { token: admin })).status).toBe(201);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('answers from the version activated through the other instance, from the next read on', async () => {
    expect((await activate(a, V2020)).status).toBe(200);
    const under2020 = await validate(b, [RETIRED_BY_2027]);
    expect(under2020.body).toMatchObject({ versionId: V2020, results: [{ status: 'valid' }] });

    expect((await activate(a, V2027)).status).toBe(200);
    const under2027 = await validate(b, [RETIRED_BY_2027]);
    expect(under2027.body).toMatchObject({ versionId: V2027, results: [{ status: 'retired' }] });
    expect((await call<SearchResult>(b, 'GET', '/v1/nomenclature/search?q=spbe')).body.versionId).toBe(V2027);
    expect((await call(b, 'GET', `/v1/nomenclature/sub-kegiatan/${RETIRED_BY_2027}?level=PROV`)).body).toMatchObject({ status: 404, code: 'SUB_KEGIATAN_NOT_FOUND' });

    expect((await activate(b, V2020)).status).toBe(200);
    expect((await validate(a, [RETIRED_BY_2027])).body).toMatchObject({ versionId: V2020, results: [{ status: 'valid' }] });
    expect((await call(a, 'GET', `/v1/nomenclature/sub-kegiatan/${RETIRED_BY_2027}?level=PROV`)).status).toBe(200);
  });

  it('still answers a version asked for by name while another is active', async () => {
    expect((await validate(a, [RETIRED_BY_2027])).body.versionId).toBe(V2020);
    const named = await call<ValidationResult>(a, 'POST', '/v1/nomenclature/validate', { json: { level: 'PROV', codes: [RETIRED_BY_2027], version: V2027 } });
    // 2027's retired codes were recorded when it was activated, and stay with it.
    expect(named.body).toMatchObject({ versionId: V2027, results: [{ status: 'retired' }] });
  });

  it('searches names as the SQL statement did: the same total and the same items in the same order', async () => {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const trigram = (await db.query(`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS present`)).rows[0].present as boolean;
      expect(trigram).toBe(true);
      const queries = ['spbe koordinasi', 'penyu dokum', 'pengelolaan', 'data', 'musrenbang provinsi', 'jalan kab', 'air minum', 'penguatan ekonomi', 'kader pedesaan', 'lanjut sura', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'e-government'];
      for (const level of ['KABKOT', 'PROV', null] as const) {
        for (const q of queries) {
          const plan = planSearch(q);
          const { sql, parameters } = searchStatement(plan, { schema: NOMENCLATURE_SCHEMA, versionId: V2027, level, limit: 20, trigram });
          const rows: { code: string; level: string; total: number }[] = (await db.query(sql, parameters)).rows;
          const answer = await call<SearchResult>(a, 'GET', `/v1/nomenclature/search?q=${encodeURIComponent(q)}&version=${V2027}${level ? `&level=${level}` : ''}`);
          expect({ q, level, total: answer.body.total, items: answer.body.items.map((i) => `${i.level}:${i.code}`) }).toEqual({ q, level, total: rows[0]?.total ?? 0, items: rows.map((r) => `${r.level}:${r.code}`) });
        }
      }
    } finally {
      await db.end();
    }
  });
});
