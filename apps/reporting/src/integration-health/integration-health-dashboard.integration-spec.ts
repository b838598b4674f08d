import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Browser, chromium, Page } from 'playwright-core';
import { buildEvent, INTEGRATION_EVENT_TYPES, TOPICS } from '@selaras/contracts';
import { produce, REPO_ROOT, RunningService, startTestService, testKafka, testToken } from '@selaras/testing';
import { ReportingAppModule } from '../app.module';
import { ReportingConfig } from '../config';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = join(REPO_ROOT, 'tmp');

/**
 * Real: headless Chromium on the dashboard of a real reporting service, fed integration events on
 * `proposals.integration` as proposals publishes them. A kab/kota whose events were refused is
 * flagged "banyak ditolak", and its refusals with their reasons are one click away.
 */
describe('integration health on the dashboard', () => {
  const token = testToken('81', 'coordinator');
  const run = randomUUID().slice(0, 8);
  let reporting: RunningService;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [reporting, browser] = await Promise.all([
      startTestService(ReportingConfig, (c) => ReportingAppModule.register(c)),
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }),
    ]);
    page = await browser.newPage({ viewport: { width: 1500, height: 1400 }, deviceScaleFactor: 1 });
  });

  afterAll(async () => {
    await browser?.close();
    await reporting?.close();
  });

  it('flags Kota Tual banyak ditolak and shows the reasons of its refusals on a click', async () => {
    const now = new Date().toISOString();
    const source = '/regions/81.72/proposals/integration';
    // Tual: 8 accepted over Kafka and 4 refused (a third of 12 events in 24 hours).
    const activity = buildEvent(INTEGRATION_EVENT_TYPES.activity, { region: '81.72', channel: 'kafka', accepted: 8, at: now }, { source, subject: '81.72', region: '81.72' });
    const refusals = Array.from({ length: 4 }, (_, i) =>
      buildEvent(INTEGRATION_EVENT_TYPES.refused, {
        region: '81.72', claimedRegion: '81.72', channel: 'kafka', code: 'SUB_KEGIATAN_UNKNOWN', reason: `sub kegiatan 2.16.03.2.02.99${i} tidak ada dalam nomenklatur (${run})`,
        eventType: 'proposals.usulan.upserted.v1', eventId: randomUUID(), externalId: `tual-${run}-${i}`, refusedAt: now,
      }, { source, subject: '81.72', region: '81.72' }));
    await produce(testKafka(), TOPICS.proposalsIntegration.name, [activity, ...refusals].map((e) => ({ key: '81.72', value: JSON.stringify(e) })));

    await page.goto(`${reporting.url}/?token=${token}&province=81&year=2027`);
    const tual = page.locator('#health-table tr[data-health-row="81.72"]');
    // Applied after the page loaded or before: a refusal reaches the open page through the stream either way.
    await tual.locator('[data-verdict="banyak ditolak"]').waitFor({ timeout: 30000 });
    expect(await page.locator('#health-table tbody tr').count()).toBe(12);

    await tual.locator('button[data-health-region="81.72"]').click();
    const detail = page.locator('#health .health-detail');
    await detail.locator(`text=tual-${run}-3`).waitFor();
    const text = await detail.innerText();
    expect(text).toContain('SUB_KEGIATAN_UNKNOWN');
    expect(text).toContain(`tidak ada dalam nomenklatur (${run})`);
    expect(await tual.locator('button').getAttribute('aria-expanded')).toBe('true');
    await page.locator('#health').screenshot({ path: join(SCREENSHOTS, 'integration-health.png') });
  });
});
