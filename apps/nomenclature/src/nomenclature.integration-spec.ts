import { readFileSync } from 'node:fs';
import { KafkaMessage } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Workbook } from 'exceljs';
import { NOMENCLATURE_EVENT_TYPES, NomenclatureEntryV1, NomenclatureVersionEventV1, parseEvent, TOPICS } from '@selaras/contracts';
import { loadReferenceCatalog, REFERENCE_CATALOGS } from '@selaras/domain-nomenclature';
import { NomenclatureCatalogClient } from '@selaras/nomenclature-client';
import { eventually, freshDatabase, readTopic, RunningService, startTestService, testKafka, testToken, topicEnds } from '@selaras/testing';
import type { ActivationOutcome } from './activation/activate-version.service';
import { NomenclatureAppModule } from './app.module';
import type { SearchResult } from './catalog/search.service';
import type { SubKegiatanView } from './catalog/sub-kegiatan-view';
import type { ValidationResult } from './catalog/validate-codes.service';
import { NomenclatureConfig } from './config';
import type { ImportOutcome } from './import/import-version.service';
import { SIPD_HEADER, sipdLine, sipdValues } from './testing/catalog-csv';
import { call } from './testing/nomenclature-http';
import type { VersionDiffView } from './versions/version-diff-view';

/**
 * The nomenclature service on the real broker and database (nothing mocked), with the two real
 * versions of the national list: import, reads, diff, activation and what another service
 * builds from `nomenclature.entries`. Tests run in order and share the imported versions, in a
 * database of their own: the first import must be a new one, whichever spec imported the same
 * reference list into the shared test database before.
 */
describe('nomenclature service', () => {
  const V2027 = 'sipd-2027';
  const V2020 = 'kepmendagri-050-3708-2020';
  const admin = testToken('81', 'admin');
  let service: RunningService;
  let imported: ImportOutcome;

  const importCsv = (query: string, csv: Buffer | string, token = admin) =>
    call<ImportOutcome>(service, 'POST', `/v1/nomenclature/versions?${query}`, { token, body: typeof csv === 'string' ? csv : new Uint8Array(csv), contentType: 'text/csv' });

  beforeAll(async () => {
    service = await startTestService(NomenclatureConfig, (c) => NomenclatureAppModule.register(c), { DATABASE_URL: await freshDatabase('selaras_test_nomenclature') });
    const answer = await importCsv(`versionId=${V2027}&label=SIPD%202027`, readFileSync(REFERENCE_CATALOGS[V2027].file));
    expect(answer.status).toBe(201);
    imported = answer.body;
  });

  afterAll(async () => {
    await service?.close();
  });

  describe('import', () => {
    // How long it takes is the benchmark's business (a shared machine makes a timed spec flaky);
    // here only that the answer reports it.
    it('imports the real 2027 list: 7,581 entries, 4,031 PROV and 3,550 KABKOT, and says how long it took', () => {
      expect(imported).toMatchObject({ created: true, version: { id: V2027, format: 'sipd-2027', entryCount: 7581, counts: { PROV: 4031, KABKOT: 3550 }, active: false } });
      expect(imported.tookMs).toBeGreaterThan(0);
    });

    it('answers the same content again with the existing version and writes nothing', async () => {
      const again = await importCsv('versionId=sipd-2027-again&label=again', readFileSync(REFERENCE_CATALOGS[V2027].file));
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ created: false, version: { id: V2027 } });
      const versions = await call<{ items: { id: string }[] }>(service, 'GET', '/v1/nomenclature/versions');
      expect(versions.body.items.map((v) => v.id)).toEqual([V2027]);
    });

    it('refuses a malformed CSV with every problem and its line, and writes nothing', async () => {
      const csv = [
        SIPD_HEADER,
        sipdLine('KABKOT', '2.16.03.2.02.0041', 'Koordinasi SPBE'),
        sipdLine('KABKOT', '2.16.03.2.02.0042', ''),
        sipdLine('KABKOT', '2.16.3.2.02.0043', 'Kode rusak'),
        sipdLine('KABKOT', '2.16.03.2.02.0041', 'Duplikat'),
        sipdLine('KABKOT', '2.16.03.1.02.0044', 'Kode provinsi di baris kab/kota'),
      ].join('\n');
      const answer = await call<{ code: string; detail: string; problems: { line: number; code: string }[] }>(service, 'POST', '/v1/nomenclature/versions', {
        token: admin,
        json: { versionId: 'broken', label: 'broken', csv },
      });
      expect(answer.status).toBe(400);
      expect(answer.contentType).toContain('application/problem+json');
      expect(answer.body.code).toBe('NOMENCLATURE_FILE_INVALID');
      expect(answer.body.problems.map((p) => [p.line, p.code])).toEqual([
        [3, 'NOMENCLATURE_CSV_VALUE_MISSING'],
        [4, 'NOMENCLATURE_CSV_CODE_MALFORMED'],
        [5, 'NOMENCLATURE_CSV_DUPLICATE_KEY'],
        [6, 'NOMENCLATURE_CSV_LEVEL_MISMATCH'],
      ]);
      expect((await call(service, 'GET', '/v1/nomenclature/versions/broken')).status).toBe(404);
      const [{ n }] = await service.app.get(DataSource).query(`SELECT count(*)::int AS n FROM nomenclature.entry WHERE version_id = 'broken'`);
      expect(n).toBe(0);
    });

    it('refuses a file without the required columns, naming them', async () => {
      const answer = await importCsv('versionId=no-columns&label=x', 'jenis_pemda,kode_sub_kegiatan\nKABKOT,2.16.03.2.02.0041\n');
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'NOMENCLATURE_FILE_INVALID', problems: [{ line: 1, code: 'NOMENCLATURE_CSV_COLUMNS_MISSING' }] });
    });

    it('imports an XLSX upload with the same columns (multipart form)', async () => {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('nomenklatur');
      sheet.addRows([SIPD_HEADER.split(','), sipdValues('KABKOT', '2.16.03.2.02.0041', 'Koordinasi SPBE'), sipdValues('PROV', '2.16.03.1.02.0041', 'Koordinasi SPBE')]);
      const form = new FormData();
      form.append('file', new Blob([await workbook.xlsx.writeBuffer()]), 'kecil.xlsx');
      form.append('versionId', 'xlsx-sample');
      form.append('label', 'two entries from a spreadsheet');
      const answer = await call<ImportOutcome>(service, 'POST', '/v1/nomenclature/versions', { token: admin, body: form });
      expect(answer.status).toBe(201);
      expect(answer.body.version).toMatchObject({ id: 'xlsx-sample', entryCount: 2, counts: { PROV: 1, KABKOT: 1 }, source: 'upload kecil.xlsx' });
    });

    it('lets only an admin import', async () => {
      expect((await importCsv('versionId=x1&label=x', 'a', '')).status).toBe(401);
      expect((await importCsv('versionId=x1&label=x', 'a', testToken('81.71', 'opd'))).status).toBe(403);
    });
  });

  describe('reads of a version', () => {
    const get = <T>(path: string) => call<T>(service, 'GET', path);

    it('returns a real entry with its parents, indikator and satuan', async () => {
      const answer = await get<SubKegiatanView>(`/v1/nomenclature/sub-kegiatan/2.16.03.2.02.0041?level=KABKOT&version=${V2027}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        versionId: V2027,
        level: 'KABKOT',
        code: '2.16.03.2.02.0041',
        name: 'Koordinasi Pelaksanaan SPBE (Pemerintah Digital) yang meliputi tata kelola, manajemen SPBE, dan Audit TIK',
        urusan: { code: '2' },
        bidang: { code: '2.16', name: 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA' },
        program: { code: '2.16.03', name: 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA' },
        kegiatan: { code: '2.16.03.2.02', name: 'Pengelolaan E-government di Lingkup Pemerintah Daerah Kabupaten/Kota' },
        satuan: 'Dokumen',
        spm: false,
        replaces: { code: '2.16.03.2.02.0037' },
      });
      expect(answer.body.indikator).toContain('Jumlah dokumen kebijakan tata kelola SPBE');
      const musrenbang = await get<SubKegiatanView>(`/v1/nomenclature/sub-kegiatan/5.01.02.1.01.0005?version=${V2027}`);
      expect(musrenbang.body).toMatchObject({ level: 'PROV', name: 'Pelaksanaan Musrenbang Provinsi', satuan: 'Berita Acara' });
    });

    it('answers 404 problem JSON for an unknown code, a code of the other level and an unknown version', async () => {
      const unknown = await get<{ code: string }>(`/v1/nomenclature/sub-kegiatan/2.16.03.2.02.0999?version=${V2027}`);
      expect(unknown.status).toBe(404);
      expect(unknown.contentType).toContain('application/problem+json');
      expect(unknown.body.code).toBe('SUB_KEGIATAN_NOT_FOUND');
      expect((await get(`/v1/nomenclature/sub-kegiatan/2.16.03.1.02.0041?level=KABKOT&version=${V2027}`)).status).toBe(404);
      expect((await get('/v1/nomenclature/sub-kegiatan/2.16.03.2.02.0041?version=no-such-version')).body).toMatchObject({ status: 404, code: 'NOMENCLATURE_VERSION_NOT_FOUND' });
      expect((await get('/v1/nomenclature/sub-kegiatan/2.16.3.2.2.41')).body).toMatchObject({ status: 400, code: 'NOMENCLATURE_CODE_MALFORMED' });
    });

    it('finds 2.16.03.2.02.0041 for "spbe koordinasi": any order, any case, partial words', async () => {
      for (const q of ['spbe koordinasi', 'KOORDINASI spbe', 'koord pelaks spb', 'Koordinasi Pelaksanaan SPBE (Pemerintah Digital)']) {
        const answer = await get<SearchResult>(`/v1/nomenclature/search?q=${encodeURIComponent(q)}&level=KABKOT&version=${V2027}`);
        expect(answer.status).toBe(200);
        expect(answer.body.items.slice(0, 3).map((i) => i.code)).toContain('2.16.03.2.02.0041');
      }
    });

    it('ranks name matches first and searches by code prefix', async () => {
      const byName = await get<SearchResult>(`/v1/nomenclature/search?q=musrenbang%20provinsi&version=${V2027}`);
      expect(byName.body.items[0]).toMatchObject({ code: '5.01.02.1.01.0005', matchedIn: 'name' });
      const byCode = await get<SearchResult>(`/v1/nomenclature/search?q=2.16.03.2.02&level=KABKOT&limit=100&version=${V2027}`);
      const expected = loadReferenceCatalog('sipd-2027').rows.filter((r) => r.level === 'KABKOT' && r.code.startsWith('2.16.03.2.02.'));
      expect(byCode.body.items.map((i) => i.code)).toEqual(expected.map((r) => r.code).sort());
      expect((await get(`/v1/nomenclature/search?q=%20!!%20&version=${V2027}`)).body).toMatchObject({ status: 400, code: 'SEARCH_QUERY_EMPTY' });
    });
  });

  describe('the older 050-3708/2020 version', () => {
    it('imports from the reference data and diffs against 2027: retired, added, renamed, replaced-by', async () => {
      const answer = await call<ImportOutcome>(service, 'POST', `/v1/nomenclature/versions/from-reference/${V2020}`, { token: admin });
      expect(answer.status).toBe(201);
      expect(answer.body.version).toMatchObject({ id: V2020, entryCount: 5026, counts: { PROV: 2798, KABKOT: 2228 } });
      expect(answer.body.warningCount).toBe(20);

      const diff = await call<VersionDiffView>(service, 'GET', `/v1/nomenclature/versions/${V2020}/diff/${V2027}`);
      expect(diff.status).toBe(200);
      expect(diff.body.summary).toMatchObject({ unchanged: 1918, added: 5140, retired: 2585, renamed: 148, renamedCosmetic: 375, retiredWithSuccessor: 1081, declarationMismatches: 2 });
      expect(diff.body.declarationMismatches).toContainEqual(expect.objectContaining({ level: 'KABKOT', retiredCode: '2.19.03.2.05.0006', declaringCode: '2.19.03.2.05.0013' }));
      expect(diff.body.retired).toContainEqual(expect.objectContaining({ level: 'KABKOT', code: '2.19.03.2.05.0006', successors: [expect.objectContaining({ code: '2.19.03.2.05.0008', reason: 'same-name' })] }));
      expect(diff.body.retired).toContainEqual({
        level: 'PROV',
        code: '1.02.02.1.02.0013',
        name: 'Pengelolaan Pelayanan Kesehatan Orang dengan Masalah Kesehatan Jiwa (ODMK)',
        successors: [{ code: '1.02.02.1.02.0035', name: 'Pengelolaan Pelayanan Kesehatan Orang yang berisiko Masalah Kesehatan Jiwa', reason: 'declared' }],
      });
      const kabkot = await call<VersionDiffView>(service, 'GET', `/v1/nomenclature/versions/${V2020}/diff/${V2027}?level=KABKOT&limit=5`);
      expect(kabkot.body).toMatchObject({ level: 'KABKOT', truncated: true });
      expect(kabkot.body.added).toHaveLength(5);
      expect(kabkot.body.summary.added + kabkot.body.summary.unchanged + kabkot.body.summary.renamed + kabkot.body.summary.renamedCosmetic).toBe(3550);
    });
  });

  describe('activation', () => {
    const kafka = testKafka();
    const activate = (id: string) => call<ActivationOutcome>(service, 'POST', `/v1/nomenclature/versions/${id}/activate`, { token: admin });
    const pendingOutbox = async () => (await service.app.get(DataSource).query(`SELECT count(*)::int AS n FROM nomenclature.outbox WHERE published_at IS NULL`))[0].n;

    it('publishes 2020, then moves to 2027: every entry, a tombstone per dropped key, and the retired codes with successors', async () => {
      const first = await activate(V2020);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ changed: true, previousVersionId: null, published: { entries: 5026, tombstones: 0 } });

      // nomenclature.events is shared: other specs activate 2027 too (without 2020 before it).
      const eventsBefore = await topicEnds(kafka, TOPICS.nomenclatureEvents.name);
      const second = await activate(V2027);
      expect(second.body).toMatchObject({ changed: true, previousVersionId: V2020, published: { entries: 7581, tombstones: 2585 }, version: { active: true } });
      expect(second.body.tookMs).toBeLessThan(10000);
      expect(second.body.retired).toContainEqual({ level: 'PROV', code: '1.02.02.1.02.0013', successor: '1.02.02.1.02.0035' });
      expect(second.body.retired).toContainEqual({ level: 'PROV', code: '1.01.02.1.01.0002' });

      // The topic as a compacted reader sees it: the latest value per key, counted as it is read.
      const current = new Map<string, NomenclatureEntryV1 | null>();
      const tally = { entriesOf2027: 0, tombstones: 0 };
      const count = (value: NomenclatureEntryV1 | null | undefined, by: number) => {
        if (value === null) tally.tombstones += by;
        else if (value?.versionId === V2027) tally.entriesOf2027 += by;
      };
      let read = 0;
      await readTopic(kafka, TOPICS.nomenclatureEntries.name, (messages: KafkaMessage[]) => {
        for (; read < messages.length; read++) {
          const key = String(messages[read].key);
          const raw = messages[read].value;
          const value = raw === null ? null : (parseEvent(raw, [NOMENCLATURE_EVENT_TYPES.entry]).data as NomenclatureEntryV1);
          count(current.get(key), -1);
          current.set(key, value);
          count(value, +1);
        }
        return tally.entriesOf2027 === 7581 && tally.tombstones >= 2585;
      });
      expect(current.get('KABKOT:2.16.03.2.02.0041')).toMatchObject({ versionId: V2027, satuan: 'Dokumen', replaces: '2.16.03.2.02.0037' });
      expect(current.get('PROV:1.01.02.1.01.0002')).toBeNull();

      const activationsOf2027 = (ms: KafkaMessage[]) =>
        ms.filter((m) => isActivationOf(m, V2027)).map((m) => parseEvent(m.value, [NOMENCLATURE_EVENT_TYPES.versionActivated]).data as NomenclatureVersionEventV1);
      const announced = activationsOf2027(await readTopic(kafka, TOPICS.nomenclatureEvents.name, (ms) => activationsOf2027(ms).flatMap((a) => a.retired ?? []).length >= 2585, 30000, eventsBefore));
      expect(announced.flatMap((a) => a.retired ?? [])).toHaveLength(2585);
      expect(announced[0]).toMatchObject({ previousVersionId: V2020, entryCount: 7581, diff: { added: 5140, retired: 2585, renamed: 148, renamedCosmetic: 375, replaced: 1081, declarationMismatches: 2 } });
      await eventually(async () => (await pendingOutbox()) === 0);
    });

    it('changes nothing when the active version is activated again', async () => {
      const again = await activate(V2027);
      expect(again.body).toMatchObject({ changed: false, published: { entries: 0, tombstones: 0 } });
      expect(await pendingOutbox()).toBe(0);
    });

    it('validates codes against the active version: valid, wrong level, retired with successor, unknown, malformed', async () => {
      const answer = await call<ValidationResult>(service, 'POST', '/v1/nomenclature/validate', {
        json: { level: 'KABKOT', region: '81.71', codes: ['2.16.03.2.02.0041', '2.16.03.1.02.0041', '5.01.02.2.01.0005', '2.16.03.2.02.0999', '2.16.3.2.2.41', '9.01.04.7.03.0003'] },
      });
      expect(answer.status).toBe(200);
      expect(answer.body.versionId).toBe(V2027);
      expect(answer.body.results.map((r) => r.status)).toEqual(['valid', 'wrong_level', 'valid', 'unknown', 'malformed', 'wrong_level']);
      expect(answer.body.results[1].reason).toContain('level-2');

      const prov = await call<ValidationResult>(service, 'POST', '/v1/nomenclature/validate', { json: { level: 'PROV', codes: ['1.02.02.1.02.0013', '1.01.02.1.01.0002'] } });
      expect(prov.body.results).toEqual([
        expect.objectContaining({ status: 'retired', successor: '1.02.02.1.02.0035' }),
        expect.objectContaining({ status: 'retired', reason: expect.stringContaining('no successor') }),
      ]);
    });

    it('reads program penunjang under any real bidang as the catalog X.XX row: validate, lookup, search', async () => {
      const answer = await call<ValidationResult>(service, 'POST', '/v1/nomenclature/validate', {
        json: { level: 'KABKOT', region: '81.71', codes: ['2.16.01.2.01.0001', '1.02.01.2.01.0001', 'X.XX.01.2.01.0001', '9.99.01.2.01.0001', '2.16.01.1.01.0001'] },
      });
      expect(answer.body.results.map((r) => r.status)).toEqual(['valid', 'valid', 'valid', 'unknown', 'wrong_level']);
      expect(answer.body.results[0]).toMatchObject({ name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah', satuan: 'Dokumen' });

      const view = await call<SubKegiatanView>(service, 'GET', '/v1/nomenclature/sub-kegiatan/2.16.01.2.01.0001?level=KABKOT');
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({
        code: '2.16.01.2.01.0001', penunjangOf: 'X.XX.01.2.01.0001', name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
        bidang: { code: '2.16', name: expect.stringContaining('KOMUNIKASI') }, program: { code: '2.16.01' }, kegiatan: { code: '2.16.01.2.01' },
      });

      const byCode = await call<SearchResult>(service, 'GET', '/v1/nomenclature/search?q=2.16.01.2.01&level=KABKOT');
      expect(byCode.body.items.length).toBeGreaterThan(0);
      expect(byCode.body.items.every((i) => i.code.startsWith('2.16.01.2.01.') && i.perBidang)).toBe(true);
      const byName = await call<SearchResult>(service, 'GET', '/v1/nomenclature/search?q=Penyusunan%20Dokumen%20Perencanaan%20Perangkat%20Daerah&level=KABKOT');
      expect(byName.body.items[0]).toMatchObject({ code: 'X.XX.01.2.01.0001', perBidang: true });
    });

    it('lets another service build the catalog from nomenclature.entries and validate codes without HTTP', async () => {
      await eventually(async () => (await pendingOutbox()) === 0);
      const client = new NomenclatureCatalogClient(kafka, 'nomenclature-test-consumer');
      try {
        await client.start();
        await client.ready;
        const catalog = client.catalog;
        const all2027 = loadReferenceCatalog('sipd-2027').rows;
        expect(all2027.every((row) => catalog.get(row.level, row.code)?.versionId === V2027)).toBe(true);
        expect(catalog.activeVersionId).toBe(V2027);
        expect(catalog.check('KABKOT', '2.16.03.2.02.0041', '81.71').status).toBe('valid');
        expect(catalog.check('KABKOT', '2.16.03.1.02.0041', '81.71').status).toBe('wrong_level');
        expect(catalog.check('PROV', '1.02.02.1.02.0013', '81')).toMatchObject({ status: 'retired', successor: '1.02.02.1.02.0035' });
        expect(catalog.check('PROV', '1.01.02.1.01.0002', '81').status).toBe('retired');
        expect(catalog.get('PROV', '1.01.02.1.01.0002')).toBeUndefined();
      } finally {
        await client.stop();
      }
    });
  });
});

function isActivationOf(message: KafkaMessage, versionId: string): boolean {
  if (!message.value) return false;
  const event = JSON.parse(message.value.toString()) as { type: string; subject: string };
  return event.type === NOMENCLATURE_EVENT_TYPES.versionActivated && event.subject === versionId;
}
