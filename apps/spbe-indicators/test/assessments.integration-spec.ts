import { DataSource } from 'typeorm';
import { httpClient, RunningService, testToken } from '@selaras/testing';
import { MIXED_ASSESSMENT, MIXED_EXPECTED } from '../src/testing/framework.fixtures';
import { levelItems, startSpbeIndicators } from './spbe-test-service';

/**
 * Assessments over HTTP against the real service: PostgreSQL with the real migrations, the
 * real broker behind the outbox. Nothing is mocked. Each test uses its own region (Maluku's
 * kab/kota) so the tests do not depend on one another.
 */
describe('SPBE assessments', () => {
  let spbe: RunningService;
  const YEAR = 2025;
  const maluku = testToken('81', 'coordinator');

  beforeAll(async () => {
    spbe = await startSpbeIndicators();
  });

  afterAll(async () => {
    await spbe?.close();
  });

  it('records all 47 indicators at level 3, one by one, and reads back 3.00 Baik', async () => {
    const ambon = httpClient(spbe.url, testToken('81.71', 'opd'));
    for (let no = 1; no <= 47; no++) {
      const answer = await ambon.put(`/v1/spbe/assessments/81.71/${YEAR}/indicators/${no}`, { level: 3, kind: 'self', evidence: { note: `bukti indikator ${no}` } });
      expect(answer.status).toBe(200);
      expect(answer.body.indicator).toMatchObject({ no, level: 3, levelName: 'Terdefinisi', recordedBy: 'test-opd@81.71' });
    }
    const { status, body } = await ambon.get(`/v1/spbe/assessments/81.71/${YEAR}?kind=self`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ region: '81.71', regionName: 'Kota Ambon', kind: 'self', complete: true, index: 3, indexText: '3.00', predikat: 'Baik', assessed: 47, missing: [] });
    expect(body.domains.map((d: { indexText: string }) => d.indexText)).toEqual(['3.00', '3.00', '3.00', '3.00']);
  });

  it('keeps final values apart from the self-assessment', async () => {
    const { body } = await httpClient(spbe.url, maluku).get(`/v1/spbe/assessments/81.71/${YEAR}?kind=final`);
    expect(body).toMatchObject({ kind: 'final', complete: false, index: null, assessed: 0 });
  });

  it('computes a mixed final assessment as worked by hand, with the gap to the target', async () => {
    const coordinator = httpClient(spbe.url, maluku);
    const recorded = await coordinator.put(`/v1/spbe/assessments/81.01/${YEAR}`, { kind: 'final', levels: levelItems(MIXED_ASSESSMENT) });
    expect(recorded.status).toBe(200);
    expect(recorded.body.changed).toHaveLength(47);
    expect((await coordinator.put(`/v1/spbe/targets/81.01/${YEAR}`, { target: 3 })).status).toBe(200);

    const { body } = await coordinator.get(`/v1/spbe/assessments/81.01/${YEAR}?kind=final`);
    expect([body.indexText, body.predikat, body.target, body.gap]).toEqual([MIXED_EXPECTED.indexText, MIXED_EXPECTED.predikat, 3, 0.34]);
    expect(body.domains.map((d: { indexText: string }) => d.indexText)).toEqual(MIXED_EXPECTED.domains);
    expect(body.domains.flatMap((d: { aspects: { indexText: string }[] }) => d.aspects.map((a) => a.indexText))).toEqual(MIXED_EXPECTED.aspects);
    expect(body.weakest.map((w: { no: number }) => w.no)).toEqual(MIXED_EXPECTED.weakest);
  });

  it('says which indicators an incomplete assessment misses and shows no index', async () => {
    const buru = httpClient(spbe.url, testToken('81.04', 'bappeda'));
    expect((await buru.put(`/v1/spbe/assessments/81.04/${YEAR}`, { kind: 'self', levels: levelItems([[1, 45, 4]]) })).status).toBe(200);
    const { body } = await buru.get(`/v1/spbe/assessments/81.04/${YEAR}?kind=self`);
    expect(body).toMatchObject({ complete: false, index: null, indexText: null, predikat: null, gap: null, assessed: 45, total: 47, missing: [46, 47] });
    expect(body.domains[3]).toMatchObject({ index: null, missing: [46, 47] });
  });

  it('refuses Kota Ambon (81.71) writing for Kota Tual (81.72) with 403 and writes nothing', async () => {
    const answer = await httpClient(spbe.url, testToken('81.71', 'opd')).put(`/v1/spbe/assessments/81.72/${YEAR}/indicators/1`, { level: 3, kind: 'self' });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ code: 'REGION_FORBIDDEN', status: 403 });
    expect((await httpClient(spbe.url, testToken('81.72', 'viewer')).get(`/v1/spbe/assessments/81.72/${YEAR}/history`)).body).toEqual([]);
  });

  it('refuses a level outside 1–5 with 400, and a bulk write with one bad level writes none of it', async () => {
    const tanimbar = httpClient(spbe.url, testToken('81.03', 'opd'));
    const single = await tanimbar.put(`/v1/spbe/assessments/81.03/${YEAR}/indicators/5`, { level: 6, kind: 'self' });
    expect(single.status).toBe(400);
    expect(single.body).toMatchObject({ code: 'SPBE_LEVEL_OUT_OF_RANGE', violations: [{ field: 'level', reason: 'indicator 5 has level 6; levels are whole numbers 1–5' }] });

    const bulk = await tanimbar.put(`/v1/spbe/assessments/81.03/${YEAR}`, { kind: 'self', levels: [...levelItems([[1, 10, 3]]), { no: 11, level: 0 }] });
    expect(bulk.status).toBe(400);
    expect(bulk.body.code).toBe('SPBE_LEVEL_OUT_OF_RANGE');

    expect((await tanimbar.get(`/v1/spbe/assessments/81.03/${YEAR}?kind=self`)).body).toMatchObject({ assessed: 0 });
    expect((await tanimbar.get(`/v1/spbe/assessments/81.03/${YEAR}/history`)).body).toEqual([]);
    const [{ assessments, outbox }] = await spbe.app.get(DataSource).query(
      `SELECT (SELECT count(*)::int FROM spbe.assessment WHERE region = '81.03' AND year = ${YEAR}) AS assessments,
              (SELECT count(*)::int FROM spbe.outbox WHERE message_key = '81.03:${YEAR}') AS outbox`,
    );
    expect({ assessments, outbox }).toEqual({ assessments: 0, outbox: 0 });
  });

  it('refuses an unknown indicator, an unknown region and a malformed one with stable codes', async () => {
    const opd = httpClient(spbe.url, testToken('81.05', 'opd'));
    expect((await opd.put(`/v1/spbe/assessments/81.05/${YEAR}/indicators/48`, { level: 3, kind: 'self' })).body).toMatchObject({ status: 400, code: 'SPBE_INDICATOR_UNKNOWN' });
    const admin = httpClient(spbe.url, testToken('00', 'admin'));
    expect((await admin.put(`/v1/spbe/assessments/81.99/${YEAR}/indicators/1`, { level: 3, kind: 'self' })).body).toMatchObject({ status: 404, code: 'REGION_UNKNOWN' });
    expect((await admin.get(`/v1/spbe/assessments/8171/${YEAR}`)).body).toMatchObject({ status: 400, code: 'REGION_CODE_MALFORMED' });
    expect((await admin.get(`/v1/spbe/assessments/81.05/1999`)).body).toMatchObject({ status: 400, code: 'YEAR_INVALID' });
  });

  it('lets only the province coordinator record final values', async () => {
    const answer = await httpClient(spbe.url, testToken('81.06', 'opd')).put(`/v1/spbe/assessments/81.06/${YEAR}/indicators/1`, { level: 3, kind: 'final' });
    expect(answer.body).toMatchObject({ status: 403, code: 'SPBE_FINAL_ASSESSMENT_FORBIDDEN' });
    const otherProvince = await httpClient(spbe.url, testToken('82', 'coordinator')).put(`/v1/spbe/assessments/81.06/${YEAR}/indicators/1`, { level: 3, kind: 'final' });
    expect(otherProvince.body).toMatchObject({ status: 403, code: 'REGION_FORBIDDEN' });
  });

  it('keeps every change in history with who made it, and skips a repeat', async () => {
    const seram = httpClient(spbe.url, testToken('81.06', 'opd'));
    const path = `/v1/spbe/assessments/81.06/${YEAR}/indicators/32`;
    await seram.put(path, { level: 2, kind: 'self' });
    const repeat = await seram.put(path, { level: 2, kind: 'self' });
    expect(repeat.body.changed).toBe(false);
    await seram.put(path, { level: 3, kind: 'self', evidence: { documentRef: 'arsip://81.06/perbup-7-2025' } });
    await httpClient(spbe.url, maluku).put(path, { level: 2, kind: 'final' });

    const { body } = await seram.get(`/v1/spbe/assessments/81.06/${YEAR}/history`);
    expect(body.map((h: Record<string, unknown>) => [h.kind, h.indicatorNo, h.previousLevel, h.level, h.recordedBy])).toEqual([
      ['self', 32, null, 2, 'test-opd@81.06'],
      ['self', 32, 2, 3, 'test-opd@81.06'],
      ['final', 32, null, 2, 'test-coordinator@81'],
    ]);
    expect(body[1].evidence).toEqual({ note: null, documentRef: 'arsip://81.06/perbup-7-2025' });
    expect((await seram.get(`/v1/spbe/assessments/81.06/${YEAR}/history?kind=final`)).body).toHaveLength(1);
  });
});
