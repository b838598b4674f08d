import { Browser, chromium } from 'playwright-core';
import { eventually, httpClient, RunningService, startTestService, testToken } from '@selaras/testing';
import { ReportingAppModule } from '../../apps/reporting/src/app.module';
import { ReportingConfig } from '../../apps/reporting/src/config';
import { SpbeIndicatorsAppModule } from '../../apps/spbe-indicators/src/app.module';
import { SpbeIndicatorsConfig } from '../../apps/spbe-indicators/src/config';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `[{ no, level }]` from `[from, to, level]` ranges, later ranges overriding earlier ones. */
function levels(ranges: readonly [number, number, number][]): { no: number; level: number }[] {
  const byNo = new Map<number, number>();
  for (const [from, to, level] of ranges) for (let no = from; no <= to; no++) byNo.set(no, level);
  return [...byNo].map(([no, level]) => ({ no, level }));
}

/**
 * Issue 27 end to end, everything real (spbe-indicators and reporting in this process on port 0,
 * the test broker and PostgreSQL, headless Chromium): Kota Gorontalo (75.71) assessed for 2025
 * and for 2026 with the same index, 2.55 — Cukup under Indeks SPBE (59/2020, Baik from 2.6) and
 * Baik under Indeks Pemdi (8/2026, Baik from 2.5). The 2026 assessment takes Indeks Pemdi as the
 * framework in force; reporting, the ranking and the dashboard say "Indeks Pemdi" with its
 * predikat for 2026, while 2025 stays on Indeks SPBE. Province 75 is used by no other spec.
 */
describe('Indeks Pemdi (PermenPANRB 8/2026) beside Indeks SPBE (59/2020)', () => {
  let spbe: RunningService;
  let reporting: RunningService;
  let browser: Browser | undefined;
  const coordinator = testToken('75', 'coordinator');
  const operator = () => httpClient(spbe.url, testToken('75.71', 'opd'));
  const report = () => httpClient(reporting.url, coordinator);

  beforeAll(async () => {
    [spbe, reporting] = await Promise.all([
      startTestService(SpbeIndicatorsConfig, (c) => SpbeIndicatorsAppModule.register(c)),
      startTestService(ReportingConfig, (c) => ReportingAppModule.register(c)),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([spbe, reporting].map((s) => s?.close()));
  });

  it('records 2025 on Indeks SPBE and 2026 on Indeks Pemdi, each with its indicators, labels and predikat', async () => {
    // 59/2020, in basis points: all at 2 (20000) + domain 4 one up (4550) + ind. 21–26 one up (6·150) = 25450 → 2.545 → 2.55 Cukup
    const y2025 = await operator().put('/v1/spbe/assessments/75.71/2025', { kind: 'self', levels: levels([[1, 47, 2], [32, 47, 3], [21, 26, 3]]) });
    expect(y2025.status).toBe(200);
    expect(y2025.body.assessment).toMatchObject({ framework: { id: 'permenpanrb-59-2020', name: 'Indeks SPBE', provisional: false }, total: 47, indexText: '2.55', predikat: 'Cukup' });
    expect(y2025.body.assessment.levels.map((l: { name: string }) => l.name)).toEqual(['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum']);

    // 8/2026, in percent: all at 2 (200) + I19, I20 two up (2·25 = 50) + I13 one up (5) = 255 → 2.55 Baik
    const y2026 = await operator().put('/v1/spbe/assessments/75.71/2026', { kind: 'self', levels: levels([[1, 20, 2], [19, 20, 4], [13, 13, 3]]) });
    expect(y2026.status).toBe(200);
    const pemdi = y2026.body.assessment;
    expect(pemdi).toMatchObject({ framework: { id: 'permenpanrb-8-2026', version: '8/2026', name: 'Indeks Pemdi', provisional: true }, total: 20, indexText: '2.55', predikat: 'Baik', domains: [] });
    expect(pemdi.framework.sourceNote).toMatch(/JDIH/);
    expect(pemdi.tiers).toEqual([{ key: 'aspect', name: 'Aspek' }]);
    expect(pemdi.aspects.map((a: { indexText: string }) => a.indexText)).toEqual(['2.00', '2.00', '2.00', '2.00', '2.50', '2.00', '4.00']);
    expect(pemdi.indicators[4]).toMatchObject({ no: 5, scoredFrom: 'SDI', level: 2, levelName: 'Membangun' });

    const indicator21 = await operator().put('/v1/spbe/assessments/75.71/2026/indicators/21', { kind: 'self', level: 3 });
    expect([indicator21.status, indicator21.body.code]).toEqual([400, 'SPBE_INDICATOR_UNKNOWN']);
  });

  it('sets targets on a framework, and shows a 2027 target on Indeks SPBE as needing a Pemdi target', async () => {
    const koordinator = httpClient(spbe.url, coordinator);
    const y2026 = await koordinator.put('/v1/spbe/targets/75.71/2026', { target: 3 });
    expect(y2026.body).toMatchObject({ target: 3, framework: { id: 'permenpanrb-8-2026', name: 'Indeks Pemdi' }, needsTargetUnder: null });
    const y2027 = await koordinator.put('/v1/spbe/targets/75.71/2027', { target: 3.5, frameworkId: 'permenpanrb-59-2020' });
    expect(y2027.body).toMatchObject({ framework: { id: 'permenpanrb-59-2020' }, needsTargetUnder: { id: 'permenpanrb-8-2026', name: 'Indeks Pemdi' } });
    expect((await koordinator.get('/v1/spbe/targets/75.71/2027')).body).toMatchObject({ target: 3.5, needsTargetUnder: { id: 'permenpanrb-8-2026' } });
    // A 2026 assessment now reads its target (same framework) and its gap.
    expect((await operator().get('/v1/spbe/assessments/75.71/2026?kind=self')).body).toMatchObject({ target: 3, gap: 0.45 });
  });

  it('reports 2026 as Indeks Pemdi and 2025 as Indeks SPBE, in the sync report and the ranking', async () => {
    const region = (body: { regions: { region: string; spbe: unknown }[] }) => body.regions.find((r) => r.region === '75.71')?.spbe as Record<string, unknown> | null;
    const sync2026 = await eventually(async () => {
      const { body } = await report().get('/v1/reports/provinces/75/sync?year=2026');
      return region(body)?.indexText === '2.55' && region(body)?.target === 3 ? body : undefined;
    });
    expect(sync2026.spbeFramework).toMatchObject({ id: 'permenpanrb-8-2026', name: 'Indeks Pemdi', provisional: true });
    expect(region(sync2026)).toMatchObject({ framework: { name: 'Indeks Pemdi' }, year: 2026, predikat: 'Baik', gap: 0.45 });

    const sync2025 = (await report().get('/v1/reports/provinces/75/sync?year=2025')).body;
    expect(sync2025.spbeFramework).toMatchObject({ id: 'permenpanrb-59-2020', name: 'Indeks SPBE' });
    expect(region(sync2025)).toMatchObject({ framework: { name: 'Indeks SPBE' }, year: 2025, indexText: '2.55', predikat: 'Cukup' });

    const ranked = async (year: number) => (await report().get(`/v1/reports/spbe/ranking?province=75&year=${year}`)).body;
    const r2026 = await ranked(2026);
    expect(r2026.framework.name).toBe('Indeks Pemdi');
    expect(r2026.items[0]).toMatchObject({ rank: 1, region: '75.71', year: 2026, indexText: '2.55', predikat: 'Baik' });
    const r2025 = await ranked(2025);
    expect(r2025.framework.name).toBe('Indeks SPBE');
    expect(r2025.items[0]).toMatchObject({ rank: 1, region: '75.71', year: 2025, indexText: '2.55', predikat: 'Cukup' });
    // 2027: the Pemdi index of 2026 is the latest of its series; the 2027 target on 59/2020 is not its
    // target (the 2026 Pemdi target stands in, as the assessed year's), and is flagged.
    const r2027 = await eventually(async () => {
      const body = await ranked(2027);
      return body.items[0]?.needsTargetUnder ? body : undefined;
    });
    expect(r2027.items[0]).toMatchObject({ region: '75.71', year: 2026, predikat: 'Baik', target: 3, needsTargetUnder: { name: 'Indeks Pemdi' } });

    const csv = await report().get('/v1/reports/provinces/75/sync?year=2026&format=csv');
    expect(csv.body).toContain('Indeks Pemdi');
    expect(csv.body).toContain('Predikat Pemdi');
  });

  it('gives the region’s history as two series, Indeks SPBE then Indeks Pemdi', async () => {
    const { body } = await report().get('/v1/reports/spbe/history?region=75.71');
    expect(body.series.map((s: { framework: { name: string }; points: { year: number; predikat: string }[] }) => [s.framework.name, s.points.map((p) => [p.year, p.predikat])])).toEqual([
      ['Indeks SPBE', [[2025, 'Cukup']]],
      ['Indeks Pemdi', [[2026, 'Baik']]],
    ]);
  });

  it('shows "Indeks Pemdi" with its predikat and the break on the dashboard for 2026, "Indeks SPBE" for 2025', async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
    const row = page.locator('tr[data-region="75.71"] .spbe');

    await page.goto(`${reporting.url}/?token=${coordinator}&province=75&year=2026`);
    await page.locator('#spbe-col', { hasText: 'Indeks Pemdi' }).waitFor();
    await row.locator('.badge', { hasText: 'Baik' }).waitFor();
    expect(await row.innerText()).toContain('2,55');
    expect(await page.locator('#spbe-chart-title').innerText()).toBe('Peringkat indeks Pemdi dan target');
    expect(await page.locator('#spbe-note').innerText()).toContain('Sejak 2026: Indeks Pemdi (PermenPANRB 8/2026) menggantikan Indeks SPBE');

    // The drill-down shows the two series with the break labelled between them.
    await page.locator('tr[data-region="75.71"]').click();
    await page.locator('#spbe-history [data-series-break]').waitFor();
    expect(await page.locator('#spbe-history h4').allInnerTexts()).toEqual(['Indeks SPBE', 'Indeks Pemdi (bobot dan predikat sementara, menunggu naskah resmi)']);

    await page.goto(`${reporting.url}/?province=75&year=2025`);
    await page.locator('#spbe-col', { hasText: 'Indeks SPBE' }).waitFor();
    await row.locator('.badge', { hasText: 'Cukup' }).waitFor();
    expect(await page.locator('#spbe-note').isHidden()).toBe(true);
  });
});
