import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Browser, chromium } from 'playwright-core';
import { RegencyClient } from '@selaras/regency-sdk';
import {
  ChildService, demoClientSecret, DEMO_PASSWORD, eventually, httpClient, keycloakServiceEnv, keycloakUserToken, publishEntries, spbeKoordinasiEntry, TEST_HOME, TEST_ISSUER, testKafka,
} from '@selaras/testing';
import { publishMalukuScenario } from '../../apps/reporting/src/testing/maluku-scenario';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const YEAR = 2048; // a year of its own: no other spec's usulan in this report

/**
 * Sign-in end to end, against the real Keycloak of the test set-up: a coordinator signs in to
 * the dashboard through Keycloak's login form and watches Maluku fill live while Kota Ambon's
 * regency system publishes over HTTP with its client's credentials; a reload keeps the
 * session, "Keluar" ends it at Keycloak. No address ever holds a token, and afterwards no log
 * file written holds a token or a client secret.
 */
describe('signing in through Keycloak', () => {
  const started = Date.now();
  // request logging on (LOG_LEVEL info): the log scan must see every request line
  const env = { ...keycloakServiceEnv(), LOG_LEVEL: 'info' };
  const proposals = new ChildService('signin-proposals', 'apps/proposals/src/main.ts', 4141, env);
  const reporting = new ChildService('signin-reporting', 'apps/reporting/src/main.ts', 4144, env);
  let browser: Browser;

  beforeAll(async () => {
    const kafka = testKafka();
    await publishEntries(kafka, [spbeKoordinasiEntry()]);
    await publishMalukuScenario(kafka, YEAR);
    [browser] = await Promise.all([chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }), proposals.start(), reporting.start()]);
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([proposals.stop(), reporting.stop()]);
  });

  it('signs koordinator.81 in at Keycloak, fills the Maluku table live, survives a reload, signs out; no address holds a token', async () => {
    const page = await browser.newPage();
    const addresses: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) addresses.push(frame.url());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${reporting.url}/?province=81&year=${YEAR}`);
    await page.waitForURL((url) => url.href.startsWith(TEST_ISSUER));
    await page.fill('#username', 'koordinator.81');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('#kc-login');
    await page.waitForURL((url) => url.href.startsWith(reporting.url));
    await page.locator('#live[data-state="live"]').waitFor({ timeout: 60000 });
    await page.waitForFunction(() => document.querySelectorAll('#sync-table tbody tr').length === 12);
    expect(await page.locator('#user').innerText()).toBe('koordinator.81');
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(YEAR));

    // Kota Ambon's system publishes over HTTP with its client's credentials; the open page shows it.
    const ambonCell = page.locator('tr[data-region="81.71"] [data-cell="total"]');
    const before = Number(await ambonCell.innerText());
    const ambon = new RegencyClient({ region: '81.71', http: { baseUrl: proposals.url, issuer: TEST_ISSUER, clientId: 'regency-81.71', clientSecret: demoClientSecret('regency-81.71') } });
    const change = {
      externalId: `sso-${randomUUID().slice(0, 8)}`, opd: { code: '2.16.0.00.0.00.01.0000', name: 'Dinas Kominfo Kota Ambon' }, year: YEAR, stage: 'rancangan' as const, source: 'renstra' as const,
      subKegiatan: '2.16.03.2.02.0041', target: { value: 2, satuan: 'Dokumen' }, paguIndikatif: 150_000_000, status: 'submitted' as const,
    };
    // the catalog reaches proposals from the topic after start-up
    await eventually(async () => (await ambon.publish(ambon.upsert(change)))[0]?.outcome === 'accepted', { timeoutMs: 60000, intervalMs: 1000 });
    await page.waitForFunction((expected) => document.querySelector('tr[data-region="81.71"] [data-cell="total"]')?.textContent === String(expected), before + 1, { timeout: 60000 });

    // no token kept where page scripts (or anything reading the profile) could find it
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('eyJ');

    await page.reload();
    await page.locator('#live[data-state="live"]').waitFor({ timeout: 60000 });
    await page.waitForFunction((expected) => document.querySelector('tr[data-region="81.71"] [data-cell="total"]')?.textContent === String(expected), before + 1);

    await page.click('#sign-out');
    await page.waitForURL((url) => url.href.startsWith(TEST_ISSUER), { timeout: 60000 });
    await page.locator('#username').waitFor();
    expect(await page.evaluate(() => document.cookie)).not.toContain('selaras_stream');

    for (const address of addresses) {
      expect(address).not.toMatch(/eyJ|[?&#](access_token|id_token|refresh_token|token)=/);
    }
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 240000);

  it('refuses the stream without a signed-in cookie or token', async () => {
    const response = await fetch(`${reporting.url}/v1/stream?province=81`);
    expect(response.status).toBe(401);
    const coordinator = await keycloakUserToken('koordinator.81');
    const session = await fetch(`${reporting.url}/v1/stream/session`, { method: 'POST', headers: { authorization: `Bearer ${coordinator}` } });
    expect(session.status).toBe(204);
    expect(session.headers.get('set-cookie')).toMatch(/^selaras_stream=.+; Max-Age=\d+; Path=\/v1\/stream; .*HttpOnly; SameSite=Strict/);
    const opd = await keycloakUserToken('opd.81.71');
    expect((await httpClient(reporting.url, opd).post('/v1/stream/session')).status).toBe(403);
  });

  it('writes no token and no client secret into any log file', async () => {
    await Promise.all([proposals.stop(), reporting.stop()]); // flushed
    const dirs = [join(TEST_HOME, 'logs'), join(TEST_HOME, 'keycloak')];
    const written = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.log')).map((f) => join(dir, f))).filter((f) => statSync(f).mtimeMs >= started);
    expect(written.map((f) => f.split('/').pop())).toEqual(expect.arrayContaining(['signin-proposals.log', 'signin-reporting.log']));
    const requestLines = readFileSync(join(TEST_HOME, 'logs', 'signin-reporting.log'), 'utf8').split('\n').filter((l) => l.includes('request completed'));
    expect(requestLines.some((l) => l.includes('/v1/stream'))).toBe(true); // the scan reads real request logs
    for (const file of written) {
      const text = readFileSync(file, 'utf8');
      expect({ file, token: text.includes('eyJ') }).toEqual({ file, token: false });
      expect({ file, secret: text.includes('demo-secret-') }).toEqual({ file, secret: false });
    }
  });
});
