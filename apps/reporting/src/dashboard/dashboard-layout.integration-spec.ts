import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually, RunningService, startTestService, testKafka, testToken } from '@selaras/testing';
import { ReportingAppModule } from '../app.module';
import { ReportingConfig } from '../config';
import { SyncReport } from '../sync/sync-report';
import { launchChromium, REVIEW_DIR, seriousAxeViolations } from '../testing/browser';
import { getJson } from '../testing/http';
import { publishMalukuScenario } from '../testing/maluku-scenario';

/**
 * Issue 29 in a real browser: headless Chromium on the dashboard served by a real reporting
 * service fed from real Kafka topics and PostgreSQL. Layouts at an office laptop (1366×768) and a
 * phone (390×844), axe-core's serious and critical WCAG 2.1 A/AA violations, a keyboard-only
 * drill-down, and the A4 landscape print. Screenshots and the PDF go to tmp/dashboard-review/.
 */
describe('dashboard layouts and accessibility', () => {
  const YEAR = 2027;
  const token = testToken('81', 'coordinator');
  const kafka = testKafka();
  let reporting: RunningService;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(REVIEW_DIR, { recursive: true });
    // No proposals or spbe-indicators here: testEnv points the actions at a closed port, and the
    // coordinator panel says it cannot load the priorities.
    [reporting, browser] = await Promise.all([startTestService(ReportingConfig, (c) => ReportingAppModule.register(c)), launchChromium()]);
    await publishMalukuScenario(kafka, YEAR);
    await eventually(async () => {
      const { body } = await getJson<SyncReport>(`${reporting.url}/v1/reports/provinces/81/sync?year=${YEAR}`, token);
      return body.regions.find((r) => r.region === '81.72')!.invalidCodes.length === 2 && body.regions.find((r) => r.region === '81')!.spbe;
    });
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await reporting?.close();
  });

  async function openDashboard(width: number, height: number): Promise<Page> {
    // bypassCSP: axe-core is injected as an inline script (see seriousAxeViolations).
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${reporting.url}/?token=${token}&province=81&year=${YEAR}`);
    await page.locator('#live[data-state="live"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('#sync-table tbody tr').length === 12 && !!document.querySelector('#spbe-chart table'));
    return page;
  }

  async function openTual(page: Page): Promise<void> {
    await page.locator('[data-open-region="81.72"]').click();
    await page.locator('#drawer[role="dialog"]:not([aria-hidden])').waitFor();
    await page.locator('#drawer-content table.proposals').waitFor();
  }

  it('fits every sync-table column inside a 1366×768 screen, overlaps nothing, keeps chart labels whole, and has no serious axe violation', async () => {
    const page = await openDashboard(1366, 768);
    const viewport = await page.evaluate(() => document.documentElement.clientWidth);
    const headers = await page.locator('#sync-table thead th').evaluateAll((ths) => ths.map((th) => { const r = th.getBoundingClientRect(); return { text: th.textContent, left: r.left, right: r.right }; }));
    expect(headers).toHaveLength(10);
    for (const h of headers) {
      expect(h.left).toBeGreaterThanOrEqual(0);
      expect(h.right).toBeLessThanOrEqual(viewport);
    }
    expect(await page.evaluate(() => document.querySelector('.table-wrap')!.scrollWidth <= document.querySelector('.table-wrap')!.clientWidth)).toBe(true);
    // Every cell's content stays inside its cell (the province's "Rancangan Akhir" overlapped its pagu).
    const spilling = await page.evaluate(() => Array.from(document.querySelectorAll('#sync-table tbody tr > *')).filter((cell) => Array.from(cell.querySelectorAll('*')).some((child) => child.getBoundingClientRect().right > cell.getBoundingClientRect().right + 0.5)).map((cell) => cell.textContent?.trim()));
    expect(spilling).toEqual([]);
    const clippedLabels = await page.evaluate(() => Array.from(document.querySelectorAll('.bar-chart th, .bar-chart .value')).filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
    expect(clippedLabels).toEqual([]);
    expect(await page.locator('#spbe-chart tbody th').first().innerText()).toMatch(/^1\. /);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(REVIEW_DIR, 'desktop-1366.png'), fullPage: true });

    await openTual(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(REVIEW_DIR, 'desktop-1366-drilldown.png') });
    expect(pageErrors).toEqual([]);
  });

  it('shows one card per region on a 390×844 phone with the same figures, no sideways scroll, a header that scrolls away, and no serious axe violation', async () => {
    const page = await openDashboard(390, 844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const cards = await page.locator('#sync-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({ width: tr.getBoundingClientRect().width, display: getComputedStyle(tr).display, labels: Array.from(tr.children).map((c) => (c as HTMLElement).dataset.label) })));
    expect(cards).toHaveLength(12);
    for (const card of cards) {
      expect(card.display).toBe('grid');
      expect(card.width).toBeLessThanOrEqual(390);
      expect(card.labels).toEqual(['Wilayah', 'Usulan', 'Status', 'Tahap tercapai', 'Pagu aktif', 'Keselarasan', 'Kesenjangan', 'Tumpang tindih', 'Kode tidak valid', 'Indeks Pemdi']); // 2027: Indeks Pemdi (8/2026) is in force
    }
    await page.mouse.wheel(0, 900);
    await page.waitForFunction(() => window.scrollY >= 600);
    const headerShown = await page.evaluate(() => Math.max(0, Math.min(window.innerHeight, document.querySelector('.topbar')!.getBoundingClientRect().bottom)));
    expect(headerShown).toBeLessThanOrEqual(84.4);
    await page.screenshot({ path: join(REVIEW_DIR, 'phone-390-scrolled.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(REVIEW_DIR, 'phone-390.png') });
    await page.screenshot({ path: join(REVIEW_DIR, 'phone-390-full.png'), fullPage: true });

    await openTual(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(REVIEW_DIR, 'phone-390-drilldown.png') });
    expect(pageErrors).toEqual([]);
  });

  it('opens a region with the keyboard alone, keeps Tab inside the dialog, and closes it with Escape back on the region', async () => {
    const page = await openDashboard(1366, 768);
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.openRegion === '81.72');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('#drawer[role="dialog"][aria-modal="true"]:not([aria-hidden])').waitFor();
    await page.waitForFunction(() => document.getElementById('drawer')!.contains(document.activeElement));
    expect(await page.locator('#drawer-title').innerText()).toBe('Kota Tual');
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.getElementById('drawer')!.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.locator('#drawer[aria-hidden="true"]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset?.openRegion === '81.72');

    await page.keyboard.press('Space');
    await page.locator('#drawer:not([aria-hidden])').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset?.openRegion === '81.72');
    expect(pageErrors).toEqual([]);
  });

  it('prints the whole sync report on A4 landscape pages under a header with province, year, stage and time printed', async () => {
    const page = await openDashboard(1366, 768);
    await page.emulateMedia({ media: 'print' });
    const header = await page.locator('#print-header').innerText();
    expect(header).toContain('Maluku');
    expect(header).toContain(`RKPD ${YEAR}`);
    expect(header).toContain('Semua tahap');
    expect(header).toMatch(/Dicetak .+ pukul \d{2}\.\d{2}/);
    // A4 landscape less 10 mm margins: 277 mm ≈ 1047 CSS px wide.
    await page.setViewportSize({ width: 1047, height: 718 });
    const layout = await page.evaluate(() => ({
      rows: Array.from(document.querySelectorAll('#sync-table tbody tr')).filter((tr) => tr.getBoundingClientRect().height > 0).length,
      widest: Math.max(...Array.from(document.querySelectorAll('#sync-table thead th, #sync-table tbody tr')).map((el) => el.getBoundingClientRect().right)),
      topbar: getComputedStyle(document.querySelector('.topbar')!).display,
    }));
    expect(layout).toEqual({ rows: 12, widest: expect.any(Number), topbar: 'none' });
    expect(layout.widest).toBeLessThanOrEqual(1047);
    await page.screenshot({ path: join(REVIEW_DIR, 'print-preview.png'), fullPage: true });
    const path = join(REVIEW_DIR, 'sync-report-a4.pdf');
    const pdf = await page.pdf({ path, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([842, 595]);
    expect(readFileSync(path).length).toBe(pdf.length);
  });
});
