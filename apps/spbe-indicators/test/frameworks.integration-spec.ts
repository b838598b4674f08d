import { httpClient, RunningService, testToken } from '@selaras/testing';
import { startSpbeIndicators } from './spbe-test-service';

/** A made-up successor framework: 2 domains, 3 indicators, 4 levels, its own predikat. */
function aSuccessorFramework(overrides: Record<string, unknown> = {}) {
  return {
    id: 'indeks-contoh-2031',
    name: 'Indeks contoh',
    regulation: 'none (integration test)',
    version: '1',
    effectiveYear: 2031,
    levels: [1, 2, 3, 4].map((level) => ({ level, name: `Tingkat ${level}` })),
    predikat: [
      { min: 3, name: 'Tinggi' },
      { min: 2, name: 'Sedang' },
      { min: 0, name: 'Rendah' },
    ],
    domains: [
      { no: 1, name: 'Tata Kelola', weightPct: 50, aspects: [{ no: 1, name: 'Kebijakan', weightPct: 50, indicators: [{ no: 1, name: 'Kebijakan Data', weightPct: 50 }] }] },
      {
        no: 2,
        name: 'Layanan',
        weightPct: 50,
        aspects: [{ no: 2, name: 'Layanan Digital', weightPct: 50, indicators: [{ no: 2, name: 'Layanan Publik', weightPct: 30 }, { no: 3, name: 'Kepuasan', weightPct: 20 }] }],
      },
    ],
    ...overrides,
  };
}

/** Frameworks are data: seeded from libs/domain-spbe, listed publicly, added by an admin. */
describe('SPBE frameworks', () => {
  let spbe: RunningService;
  const admin = () => httpClient(spbe.url, testToken('00', 'admin'));

  beforeAll(async () => {
    spbe = await startSpbeIndicators();
  });

  afterAll(async () => {
    await spbe?.close();
  });

  it('lists PermenPANRB 59/2020, seeded at start-up, without a token', async () => {
    const { status, body } = await httpClient(spbe.url).get('/v1/spbe/frameworks');
    expect(status).toBe(200);
    const spbe59 = body.find((f: { id: string }) => f.id === 'permenpanrb-59-2020');
    expect(spbe59).toMatchObject({ version: '59/2020', origin: 'seed', current: true, indicatorCount: 47 });
    expect(spbe59.domains.map((d: { weightPct: number }) => d.weightPct)).toEqual([13, 25, 16.5, 45.5]);
    expect(spbe59.domains[3].aspects[0].indicators[0]).toMatchObject({ no: 32, weightPct: 2.75 });
  });

  it('lists Indeks Pemdi (PermenPANRB 8/2026), seeded at start-up: provisional, aspects only, in force from 2026', async () => {
    const { body } = await httpClient(spbe.url).get('/v1/spbe/frameworks/permenpanrb-8-2026');
    expect(body).toMatchObject({ name: 'Indeks Pemdi', version: '8/2026', effectiveYear: 2026, provisional: true, origin: 'seed', indicatorCount: 20, tiers: [{ key: 'aspect', name: 'Aspek' }] });
    expect(body.domains).toBeUndefined();
    expect(body.groups.map((a: { weightPct: number }) => a.weightPct)).toEqual([10, 10, 15, 15, 10, 15, 25]);
    expect(body.predikat.map((p: { min: number }) => p.min)).toEqual([4, 3.5, 2.5, 1.5, 1]);
  });

  it('adds a framework written as a tree with tiers of its own', async () => {
    const { domains: _domains, ...rest } = aSuccessorFramework({ id: 'indeks-pohon-2099', effectiveYear: 2099 });
    const tree = {
      ...rest,
      provisional: true,
      tiers: [{ key: 'aspect', name: 'Aspek' }],
      groups: [
        { no: 1, name: 'Tata Kelola', weightPct: 40, indicators: [{ no: 1, name: 'Kebijakan Data', weightPct: 40, scoredFrom: 'SDI' }] },
        { no: 2, name: 'Layanan', weightPct: 60, indicators: [{ no: 2, name: 'Layanan Publik', weightPct: 60 }] },
      ],
    };
    const { status, body } = await admin().post('/v1/spbe/frameworks', tree);
    expect([200, 201]).toContain(status);
    expect(body).toMatchObject({ id: 'indeks-pohon-2099', provisional: true, indicatorCount: 2, groups: [{ no: 1, indicators: [{ no: 1, scoredFrom: 'SDI' }] }, { no: 2 }] });
    const both = await admin().post('/v1/spbe/frameworks', { ...tree, id: 'indeks-dua-bentuk', domains: aSuccessorFramework().domains });
    expect([both.status, both.body.code]).toEqual([400, 'SPBE_FRAMEWORK_MALFORMED']);
  });

  it('refuses a framework whose weights do not sum to 100 % and stores nothing', async () => {
    const bad = aSuccessorFramework({ id: 'indeks-timpang' });
    bad.domains[1].aspects[0].indicators[1].weightPct = 19;
    const { status, headers, body } = await admin().post('/v1/spbe/frameworks', bad);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toContain('application/problem+json');
    expect(body.code).toBe('SPBE_FRAMEWORK_WEIGHTS_INVALID');
    expect(body.violations.map((v: { reason: string }) => v.reason)).toContain('indicator weights sum to 99%, not 100%');
    expect((await httpClient(spbe.url).get('/v1/spbe/frameworks/indeks-timpang')).body).toMatchObject({ status: 404, code: 'SPBE_FRAMEWORK_UNKNOWN' });
  });

  it('lets only an admin add a framework', async () => {
    const answer = await httpClient(spbe.url, testToken('81', 'coordinator')).post('/v1/spbe/frameworks', aSuccessorFramework());
    expect(answer.body).toMatchObject({ status: 403, code: 'ROLE_FORBIDDEN' });
  });

  it('adds a successor as data and computes with it, once per version', async () => {
    const framework = aSuccessorFramework();
    expect((await admin().post('/v1/spbe/frameworks', framework)).status).toBe(201);
    expect((await admin().post('/v1/spbe/frameworks', framework)).status).toBe(200);
    const rewritten = await admin().post('/v1/spbe/frameworks', { ...framework, name: 'Indeks contoh (diubah)' });
    expect(rewritten.body).toMatchObject({ status: 409, code: 'SPBE_FRAMEWORK_VERSION_EXISTS' });

    // 2031 is after the successor's effective year, so it is the framework in force.
    const aceh = httpClient(spbe.url, testToken('11.01', 'opd'));
    const levels = [{ no: 1, level: 4 }, { no: 2, level: 2 }, { no: 3, level: 1 }];
    const { body } = await aceh.put('/v1/spbe/assessments/11.01/2031', { kind: 'self', levels });
    // (50·4 + 30·2 + 20·1) / 100 = 2.80 → Sedang; domain 2: (30·2 + 20·1) / 50 = 1.60
    expect(body.assessment).toMatchObject({ framework: { id: 'indeks-contoh-2031', version: '1' }, indexText: '2.80', predikat: 'Sedang' });
    expect(body.assessment.domains.map((d: { indexText: string }) => d.indexText)).toEqual(['4.00', '1.60']);
    const tooHigh = await aceh.put('/v1/spbe/assessments/11.01/2031/indicators/1', { level: 5, kind: 'self' });
    expect(tooHigh.body).toMatchObject({ status: 400, code: 'SPBE_LEVEL_OUT_OF_RANGE' });
    const otherFramework = await aceh.put('/v1/spbe/assessments/11.01/2031/indicators/1', { level: 3, kind: 'self', frameworkId: 'permenpanrb-59-2020' });
    expect(otherFramework.body).toMatchObject({ status: 409, code: 'SPBE_ASSESSMENT_FRAMEWORK_MISMATCH' });
  });
});
