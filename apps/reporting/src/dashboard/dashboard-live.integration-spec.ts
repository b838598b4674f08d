import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { aProposalState } from '@selaras/contracts';
import { eventually, REPO_ROOT, RunningService, startTestService, testKafka, testToken, withTestDatabase } from '@selaras/testing';
import { ReportingAppModule } from '../app.module';
import { ReportingConfig } from '../config';
import { getJson } from '../testing/http';
import { publishMalukuScenario } from '../testing/maluku-scenario';
import { publishProposals } from '../testing/publish-events';
import { SyncReport } from '../sync/sync-report';

/** Debian's chromium (no browser download is possible here); see the README for installing it. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = join(REPO_ROOT, 'tmp');

/**
 * Real: headless Chromium running the dashboard, served by a real reporting service fed from
 * real Kafka topics and PostgreSQL. A change published to Kafka must reach the open page.
 */
describe('dashboard in a real browser', () => {
  // A year of its own: dashboard-layout publishes the same scenario for 2027 (new usulan each time).
  const YEAR = 2042;
  const token = testToken('81', 'coordinator');
  const kafka = testKafka();
  let reporting: RunningService;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const tualTotal = () => page.locator('tr[data-region="81.72"] [data-cell="total"]');

  /** Tual's usulan in the sync report once the Maluku scenario has been applied. */
  const settledTualTotal = () =>
    eventually(async () => {
      const { body } = await getJson<SyncReport>(`${reporting.url}/v1/reports/provinces/81/sync?year=${YEAR}`, token);
      const tual = body.regions.find((r) => r.region === '81.72')!;
      return tual.invalidCodes.length === 2 && body.regions.find((r) => r.region === '81')!.spbe ? tual.proposals.total : undefined;
    });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [reporting, browser] = await Promise.all([
      // The change log is pruned of changes older than a day, checked every second (for the resync case).
      startTestService(ReportingConfig, (c) => ReportingAppModule.register(c), { STREAM_HEARTBEAT_MS: '1000', CHANGE_LOG_RETENTION_HOURS: '24', CHANGE_LOG_PRUNE_INTERVAL_MS: '1000' }),
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }),
    ]);
    await publishMalukuScenario(kafka, YEAR);
    page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, deviceScaleFactor: 1 });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // The coordinator's actions are forwarded to proposals and spbe-indicators, which this spec
      // does not run: their 503s are expected here (dashboard-actions covers them end to end).
      if (message.type() === 'error' && !message.location().url.includes('/v1/actions/')) pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await reporting?.close();
  });

  it('explains in Indonesian how to get a token when there is none', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${reporting.url}/`);
    await fresh.locator('#token-panel').waitFor({ state: 'visible' });
    expect(await fresh.locator('#token-panel').innerText()).toContain('selaras token --region 81 --role coordinator');
    await fresh.close();
  });

  it('shows every kab/kota of Maluku, updates a row live when an usulan is published, and drills down', async () => {
    const settled = await settledTualTotal();

    await page.goto(`${reporting.url}/?token=${token}&province=81&year=${YEAR}`);
    await page.locator('#live[data-state="live"]').waitFor();
    await page.waitForFunction((expected) => document.querySelector('tr[data-region="81.72"] [data-cell="total"]')?.textContent === String(expected), settled);
    expect(await page.locator('#sync-table tbody tr').count()).toBe(12);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    expect(await page.locator('#province option').count()).toBe(38);

    const published = aProposalState({ region: '81.72', year: YEAR, stage: 'rancangan', status: 'submitted', subKegiatan: '2.16.02.2.01.0032', paguIndikatif: 180_000_000, locations: ['81.72'] });
    await publishProposals(kafka, [published]);
    await page.waitForFunction((expected) => document.querySelector('tr[data-region="81.72"] [data-cell="total"]')?.textContent === String(expected), settled + 1);
    expect(await tualTotal().innerText()).toBe(String(settled + 1));
    expect(await page.locator('tr[data-region="81.72"]').getAttribute('class')).toContain('flash');
    // Announced politely to screen readers, naming the region (not once per flash).
    await page.waitForFunction(() => document.getElementById('announcer')?.textContent?.includes('Kota Tual'));
    expect(await page.locator('#announcer').getAttribute('aria-live')).toBe('polite');
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });

    await page.locator('tr[data-region="81.72"]').click();
    await page.locator(`#drawer tr[data-id="${published.id}"]`).waitFor();
    expect(await page.locator('#drawer').innerText()).toContain('2.16.02.2.01.0919');
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-drilldown.png') });
    expect(pageErrors).toEqual([]);
  });

  it('reloads the report when its stream resumes from a change the log no longer keeps (resync)', async () => {
    await settledTualTotal();
    // An expired change: once pruned, the horizon is past change 1.
    await withTestDatabase((db) =>
      db.query(`INSERT INTO reporting.change_log (province, region, year, kind, data, created_at) VALUES ('82', '82.71', $1, 'proposal', '{}', now() - interval '30 days')`, [YEAR]),
    );
    await eventually(async () => withTestDatabase(async (db) => Number((await db.query(`SELECT pruned_through FROM reporting.change_log_horizon`)).rows[0].pruned_through) > 1));

    const resuming = await browser.newPage();
    try {
      // Its stream resumes from change 1, as a page offline for longer than the retention would.
      await resuming.route('**/v1/stream?**', (route) => route.continue({ headers: { ...route.request().headers(), 'last-event-id': '1' } }));
      const reportLoads: string[] = [];
      resuming.on('request', (request) => {
        if (request.url().includes('/v1/reports/provinces/81/sync')) reportLoads.push(request.url());
      });
      await resuming.goto(`${reporting.url}/?token=${token}&province=81&year=${YEAR}`);
      await resuming.locator('#live[data-state="live"]').waitFor();
      // The first load, then the reload the resync asks for.
      await eventually(() => reportLoads.length >= 2);
    } finally {
      await resuming.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
