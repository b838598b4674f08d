import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { eventually, httpClient, RunningService, startTestService, testToken } from '@selaras/testing';
import { generateKeyPairSync } from 'node:crypto';
import { ProposalsAppModule } from '../../apps/proposals/src/app.module';
import { ProposalsConfig } from '../../apps/proposals/src/config';
import { ReportingAppModule } from '../../apps/reporting/src/app.module';
import { ReportingConfig } from '../../apps/reporting/src/config';
import { launchChromium, REVIEW_DIR, seriousAxeViolations } from '../../apps/reporting/src/testing/browser';
import { SpbeIndicatorsAppModule } from '../../apps/spbe-indicators/src/app.module';
import { SpbeIndicatorsConfig } from '../../apps/spbe-indicators/src/config';

/**
 * The coordinator acts from the dashboard (issue 29 item 3): real proposals, spbe-indicators and
 * reporting on the real broker and database, headless Chromium on the page. Writes go through
 * reporting's forwarding layer (/v1/actions) with the coordinator's own token, and the change
 * comes back into the table through the live stream like any other event.
 */
describe('coordinator actions on the dashboard', () => {
  // A year no other spec declares priorities or targets for.
  const YEAR = 2044;
  let proposals: RunningService;
  let spbe: RunningService;
  let reporting: RunningService;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(REVIEW_DIR, { recursive: true });
    [proposals, spbe, browser] = await Promise.all([
      startTestService(ProposalsConfig, (c) => ProposalsAppModule.register(c)),
      startTestService(SpbeIndicatorsConfig, (c) => SpbeIndicatorsAppModule.register(c)),
      launchChromium(),
    ]);
    reporting = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c), { PROPOSALS_URL: proposals.url, SPBE_URL: spbe.url });
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([reporting, spbe, proposals].map((s) => s?.close()));
  });

  async function dashboardAs(token: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${reporting.url}/?token=${token}&province=81&year=${YEAR}`);
    await page.locator('#live[data-state="live"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('#sync-table tbody tr').length === 12);
    return page;
  }

  it('declares a priority and sets a target through the forms, shows the API\'s refusal at its field, and the rows change live', async () => {
    const page = await dashboardAs(testToken('81', 'coordinator'));
    const form = page.locator('#priority-form');
    await form.waitFor();
    await form.getByLabel('Judul prioritas').fill('Transformasi digital layanan publik');
    await form.getByLabel('Kode program/kegiatan').fill('2.16');
    await form.getByRole('button', { name: 'Tetapkan prioritas' }).click();
    // The API's violation, next to the field it names.
    await page.locator('#priority-form-code-error').waitFor();
    expect(await form.getByLabel('Kode program/kegiatan').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Kode program/kegiatan').fill('2.16.02');
    await form.getByRole('button', { name: 'Tetapkan prioritas' }).click();
    // The declared priority reaches reporting by Kafka, and the page through its stream.
    await page.locator('tr[data-region="81.71"] .heat[title="0 dari 1 prioritas"]').waitFor({ timeout: 60000 });
    await page.locator('#priority-actions [data-priority] input[name="title"]').waitFor();
    expect(await page.locator('#priorities').innerText()).toContain('Transformasi digital layanan publik');

    await page.locator('[data-open-region="81.72"]').click();
    const target = page.locator('#target-form');
    await target.waitFor();
    await target.getByLabel(`Target indeks SPBE ${YEAR}`).fill('7');
    await target.getByRole('button', { name: 'Simpan target' }).click();
    await page.locator('#target-form-target-error').waitFor();
    await target.getByLabel(`Target indeks SPBE ${YEAR}`).fill('4.25');
    await target.getByRole('button', { name: 'Simpan target' }).click();
    await page.locator('tr[data-region="81.72"] td[data-label="Indeks Pemdi"]', { hasText: 'target 4,25' }).waitFor({ timeout: 60000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(REVIEW_DIR, 'coordinator-actions.png') });

    // Changed from the page: the new title reaches the report's priority list through the stream.
    await page.keyboard.press('Escape');
    const declared = page.locator('#priority-actions [data-priority] form');
    await declared.getByLabel(/Judul/).fill('Transformasi digital pelayanan publik');
    await declared.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('#priorities', { hasText: 'Transformasi digital pelayanan publik' }).waitFor({ timeout: 60000 });

    // Withdrawn from the page: the priority leaves the report again.
    await page.locator('#priority-actions [data-withdraw]').first().click();
    await page.locator('tr[data-region="81.71"] .heat[title="0 dari 0 prioritas"]').waitFor({ timeout: 60000 });
  }, 180000);

  it('approves and revokes a kab/kota\'s requested key and opens its refusals from the drill-down', async () => {
    const requested = await httpClient(proposals.url, testToken('81.05', 'admin')).post('/v1/inbound/keys', {
      region: '81.05', label: 'SIPD Kabupaten uji', publicKey: generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }),
    });
    expect(requested.status).toBe(201);
    const page = await dashboardAs(testToken('81', 'coordinator'));
    await page.locator('[data-open-region="81.05"]').click();
    const row = page.locator(`#keys-list tr[data-key="${requested.body.keyId}"]`);
    await row.getByRole('button', { name: 'Setujui' }).click();
    await row.getByText('Disetujui', { exact: true }).waitFor();
    expect(await row.innerText()).toContain('test-coordinator@81');
    expect(await row.innerText()).toContain('test-admin@81.05');
    await row.getByRole('button', { name: 'Cabut' }).click();
    await row.getByText('Dicabut', { exact: true }).waitFor();
    const keys = await httpClient(proposals.url, testToken('81', 'coordinator')).get(`/v1/inbound/keys?region=81.05`);
    expect(keys.body.find((k: { keyId: string }) => k.keyId === requested.body.keyId)).toMatchObject({ status: 'revoked', revokedBy: { sub: 'test-coordinator@81' } });

    await page.getByRole('button', { name: 'Tampilkan penolakan terakhir' }).click();
    await page.locator('#refusals ul, #refusals p').first().waitFor();
  }, 120000);

  it('shows a viewer the same page without the actions', async () => {
    const page = await dashboardAs(testToken('81', 'viewer'));
    await page.locator('[data-open-region="81.72"]').click();
    await page.locator('#drawer-content table, #drawer-content p').first().waitFor();
    expect(await page.locator('#coordinator-actions').isHidden()).toBe(true);
    expect(await page.locator('#region-actions form').count()).toBe(0);
  });

  it('forwards only the allow-listed actions', async () => {
    const coordinator = httpClient(reporting.url, testToken('81', 'coordinator'));
    const refused = await coordinator.post('/v1/actions/proposals/v1/proposals', {});
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('ACTION_NOT_ALLOWED');
    // The owning service's own answer comes back as it is: a viewer may not set targets there.
    const viewer = await httpClient(reporting.url, testToken('81', 'viewer')).put(`/v1/actions/spbe/v1/spbe/targets/81.71/${YEAR}`, { target: 3 });
    expect(viewer.status).toBe(403);
    expect(viewer.body.code).toBe('ROLE_FORBIDDEN');
    await eventually(async () => (await coordinator.get(`/v1/actions/proposals/v1/priorities?province=81&year=${YEAR}`)).status === 200);
  });
});
