import { randomUUID } from 'node:crypto';
import { aUsulan, ProposalStateV1 } from '@selaras/contracts';
import { loadReferenceCatalog } from '@selaras/domain-nomenclature';
import { RegencyClient } from '@selaras/regency-sdk';
import { eventually, httpClient, RunningService, startTestService, testToken } from '@selaras/testing';
import { NomenclatureAppModule } from '../../apps/nomenclature/src/app.module';
import { NomenclatureConfig } from '../../apps/nomenclature/src/config';
import { ProposalsAppModule } from '../../apps/proposals/src/app.module';
import { ProposalsConfig } from '../../apps/proposals/src/config';
import { ReportingAppModule } from '../../apps/reporting/src/app.module';
import { ReportingConfig } from '../../apps/reporting/src/config';
import type { SyncReport } from '../../apps/reporting/src/sync/sync-report';
import { launchChromium } from '../../apps/reporting/src/testing/browser';

/**
 * Issue 26 end to end on the real 2027 catalog: program penunjang in its real per-bidang form
 * through the SDK into the sync report's pagu by bidang, and overlaps by sub kegiatan meaning.
 */
describe('program penunjang and overlaps by meaning, end to end', () => {
  let nomenclature: RunningService;
  let proposals: RunningService;
  let reporting: RunningService;
  const coordinator = () => httpClient(reporting.url, testToken('81', 'coordinator'));
  const catalog = loadReferenceCatalog('sipd-2027').rows;
  const satuanOf = (level: 'PROV' | 'KABKOT', code: string) => catalog.find((r) => r.level === level && r.code === code)?.satuan ?? 'Dokumen';
  // Years no other spec uses, so the report holds only what this spec publishes.
  const PENUNJANG_YEAR = 2049;
  const OVERLAP_YEAR = 2050;
  // The probe that waits for the catalog leaves its usulan here, out of both reports.
  const PROBE_YEAR = 2051;

  beforeAll(async () => {
    nomenclature = await startTestService(NomenclatureConfig, (c) => NomenclatureAppModule.register(c));
    proposals = await startTestService(ProposalsConfig, (c) => ProposalsAppModule.register(c));
    // Reporting forwards the dashboard's review to proposals (its /v1/actions).
    reporting = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c), { PROPOSALS_URL: proposals.url });
    const admin = httpClient(nomenclature.url, testToken('00', 'admin'));
    expect((await admin.post('/v1/nomenclature/versions/from-reference/sipd-2027')).status).toBeLessThan(300);
    expect((await admin.post('/v1/nomenclature/versions/sipd-2027/activate')).status).toBeLessThan(300);
  }, 180000);

  afterAll(async () => {
    await Promise.all([nomenclature, proposals, reporting].map((s) => s?.close()));
  });

  const report = async (year: number, ready: (r: SyncReport) => boolean): Promise<SyncReport> =>
    eventually(async () => {
      const { status, body } = await coordinator().get<SyncReport>(`/v1/reports/provinces/81/sync?year=${year}`);
      return status === 200 && ready(body) ? body : undefined;
    }, { timeoutMs: 60000, intervalMs: 300 });

  it('applies a regency snapshot of penunjang usulan of several bidang whole, each under its bidang in the pagu', async () => {
    const ambon = new RegencyClient({ region: '81.71', http: { baseUrl: proposals.url, token: testToken('81.71', 'opd') } });
    const run = randomUUID().slice(0, 8);
    const opds = {
      kominfo: { code: '2.16.2.20.2.21.01.0000', name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Ambon' },
      dinkes: { code: '1.02.0.00.0.00.01.0000', name: 'Dinas Kesehatan Kota Ambon' },
      bappeda: { code: '5.01.0.00.0.00.01.0000', name: 'Bappeda Kota Ambon' },
    };
    const usulan: [keyof typeof opds, string, number][] = [
      ['kominfo', '2.16.01.2.01.0001', 75_000_000], // Penyusunan Dokumen Perencanaan Perangkat Daerah
      ['kominfo', '2.20.01.2.02.0001', 300_000_000], // the same OPD serves Statistik 2.20 too
      ['kominfo', '2.16.03.2.02.0041', 150_000_000], // and a real Kominfo sub kegiatan beside them
      ['dinkes', '1.02.01.2.01.0001', 60_000_000],
      ['dinkes', '1.02.01.2.02.0001', 900_000_000],
      ['bappeda', '5.01.01.2.01.0001', 45_000_000],
    ];
    const change = ([opd, subKegiatan, paguIndikatif]: (typeof usulan)[number], i: number) => ({
      externalId: `penunjang-${run}-${i}`, opd: opds[opd], year: PENUNJANG_YEAR, stage: 'rancangan' as const, source: 'renstra' as const,
      subKegiatan, target: { value: 1, satuan: satuanOf('KABKOT', penunjangTemplate(subKegiatan)) }, paguIndikatif, status: 'submitted' as const,
    });
    // The catalog reaches proposals through nomenclature.entries: wait until it knows the 2027 codes.
    await eventually(async () => (await ambon.publish(ambon.upsert({ ...change(usulan[2], 99), year: PROBE_YEAR })).catch(() => []))[0]?.outcome === 'accepted', { timeoutMs: 60000, intervalMs: 500 });

    const receipts = await ambon.publishBatched(usulan.map((u, i) => ambon.upsert(change(u, i))));
    expect(receipts.map((r) => [r.outcome, r.code])).toEqual(usulan.map(() => ['accepted', undefined]));

    // Reporting reads the catalog from its topic while the usulan arrive: wait for the whole 2027 list.
    const shown = await report(PENUNJANG_YEAR, (r) => r.catalog.activeVersion === 'sipd-2027' && r.catalog.entries >= 7581 && r.regions.find((x) => x.region === '81.71')?.proposals.total === usulan.length);
    const kota = shown.regions.find((r) => r.region === '81.71')!;
    expect(kota.pagu.byBidang.map((b) => [b.code, b.pagu, b.count]).sort()).toEqual([
      ['1.02', 960_000_000, 2],
      ['2.16', 225_000_000, 2],
      ['2.20', 300_000_000, 1],
      ['5.01', 45_000_000, 1],
    ]);
    expect(kota.pagu.byBidang.find((b) => b.code === '2.16')?.name).toBe('URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA');
    const penunjang = expect.stringMatching(/^PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH/);
    expect(kota.pagu.byProgram.filter((p) => p.code.endsWith('.01')).map((p) => [p.code, p.name, p.pagu]).sort()).toEqual([
      ['1.02.01', penunjang, 960_000_000],
      ['2.16.01', penunjang, 75_000_000],
      ['2.20.01', penunjang, 300_000_000],
      ['5.01.01', penunjang, 45_000_000],
    ]);
    expect(kota.invalidCodes).toEqual([]);
    expect(kota.overlaps).toEqual([]);

    // The X.XX form itself, and penunjang of a bidang the OPD does not serve, are refused by the
    // SDK before sending and by the proposals API, with the same codes.
    expect(() => ambon.upsert(change(['dinkes', 'X.XX.01.2.01.0001', 1_000_000], 10))).toThrow(expect.objectContaining({ code: 'SUB_KEGIATAN_PENUNJANG_TEMPLATE' }));
    const api = httpClient(proposals.url, testToken('81.71', 'opd'));
    const template = await api.post('/v1/proposals', aUsulan({ year: PENUNJANG_YEAR, subKegiatan: 'X.XX.01.2.01.0001', opd: opds.dinkes, target: { value: 1, satuan: 'Dokumen' } }));
    expect([template.status, template.body.code]).toEqual([400, 'SUB_KEGIATAN_PENUNJANG_TEMPLATE']);
    const otherBidang = await api.post('/v1/proposals', aUsulan({ year: PENUNJANG_YEAR, subKegiatan: '2.16.01.2.01.0001', opd: opds.dinkes, target: { value: 1, satuan: 'Dokumen' } }));
    expect([otherBidang.status, otherBidang.body.code]).toEqual([400, 'SUB_KEGIATAN_PENUNJANG_BIDANG']);
  }, 120000);

  it('reports the province and Kota Ambon both providing internet access in 81.71, with both names; not a senior high and a primary school', async () => {
    const post = (region: string, subKegiatan: string, locations: string[], paguIndikatif: number) =>
      httpClient(proposals.url, testToken(region, 'opd')).post<ProposalStateV1>('/v1/proposals', aUsulan({
        region, year: OVERLAP_YEAR, subKegiatan, locations, paguIndikatif, spbeIndicators: [],
        opd: region === '81' ? { code: '2.16.0.00.0.00.01.0000', name: 'Dinas Kominfo Provinsi Maluku' } : { code: '2.16.0.00.0.00.01.0000', name: 'Dinas Kominfo Kota Ambon' },
        target: { value: 1, satuan: satuanOf(region === '81' ? 'PROV' : 'KABKOT', subKegiatan) },
      }));
    const provInternet = await post('81', '2.16.03.1.02.0039', ['81.71'], 500_000_000);
    const kotaInternet = await post('81.71', '2.16.03.2.02.0040', ['81.71.02'], 200_000_000);
    const provSma = await post('81', '1.01.02.1.01.0001', ['81.71'], 5_000_000_000);
    const kotaSd = await post('81.71', '1.01.02.2.01.0001', ['81.71'], 2_000_000_000);
    const provIntra = await post('81', '2.16.03.1.02.0042', ['81.71'], 700_000_000);
    expect([provInternet, kotaInternet, provSma, kotaSd, provIntra].map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);

    const shown = await report(OVERLAP_YEAR, (r) => r.totals.proposals.total === 5 && r.totals.overlaps > 0);
    const kota = shown.regions.find((r) => r.region === '81.71')!;
    expect(kota.overlaps).toEqual([
      expect.objectContaining({
        region: '81.71', basis: 'same-name', locations: ['81.71.02'],
        provinceProposal: expect.objectContaining({ id: provInternet.body.id, subKegiatan: '2.16.03.1.02.0039', subKegiatanName: 'Penyediaan Akses Internet', opd: 'Dinas Kominfo Provinsi Maluku', paguIndikatif: 500_000_000, status: 'draft' }),
        kabKotaProposal: expect.objectContaining({ id: kotaInternet.body.id, subKegiatan: '2.16.03.2.02.0040', subKegiatanName: 'Penyediaan Akses Internet', opd: 'Dinas Kominfo Kota Ambon', paguIndikatif: 200_000_000 }),
      }),
    ]);
    expect(shown.totals.overlaps).toBe(1);

    expect(shown.totals).toMatchObject({ overlapsOpen: 1, overlapsReviewed: 0 });
    overlapIds = { province: provInternet.body.id, kabKota: kotaInternet.body.id };
  }, 120000);

  let overlapIds: { province: string; kabKota: string };

  it('takes a coordinator\'s sinergi review into the report, and reopens it when Kota Ambon changes the pagu', async () => {
    const proposalsAsCoordinator = httpClient(proposals.url, testToken('81', 'coordinator'));
    const refused = await proposalsAsCoordinator.post('/v1/overlaps/reviews', { provinceProposalId: overlapIds.province, kabKotaProposalId: overlapIds.kabKota, verdict: 'sinergi' });
    expect([refused.status, refused.body.code]).toEqual([400, 'OVERLAP_NOTE_REQUIRED']);
    const byKota = await httpClient(proposals.url, testToken('81.71', 'coordinator')).post('/v1/overlaps/reviews', { provinceProposalId: overlapIds.province, kabKotaProposalId: overlapIds.kabKota, verdict: 'duplikasi' });
    expect([byKota.status, byKota.body.code]).toEqual([403, 'REGION_FORBIDDEN']);

    const note = 'Provinsi membiayai jaringan tulang punggung, Kota Ambon titik akses di kecamatan';
    const reviewed = await proposalsAsCoordinator.post<{ id: string; status: string; revision: number }>('/v1/overlaps/reviews', { provinceProposalId: overlapIds.province, kabKotaProposalId: overlapIds.kabKota, verdict: 'sinergi', note });
    expect(reviewed.status).toBe(201);
    expect(reviewed.body).toMatchObject({ id: `${overlapIds.province}~${overlapIds.kabKota}`, status: 'reviewed', revision: 1 });

    const shown = await report(OVERLAP_YEAR, (r) => r.totals.overlapsReviewed === 1);
    expect(shown.totals).toMatchObject({ overlaps: 1, overlapsOpen: 0, overlapsReviewed: 1 });
    expect(shown.regions.find((r) => r.region === '81.71')!.overlaps[0]).toMatchObject({ open: false, review: { verdict: 'sinergi', note, status: 'reviewed', reviewedBy: expect.any(String) } });
    const xlsx = await coordinator().get(`/v1/reports/provinces/81/sync?year=${OVERLAP_YEAR}&format=xlsx`);
    expect(xlsx.status).toBe(200);

    // Kota Ambon raises the pagu of its usulan: the review no longer holds.
    const ambonOpd = httpClient(proposals.url, testToken('81.71', 'opd'));
    const current = await ambonOpd.get<{ revision: number }>(`/v1/proposals/${overlapIds.kabKota}`);
    const revised = await ambonOpd.patch(`/v1/proposals/${overlapIds.kabKota}`, { expectedRevision: current.body.revision, paguIndikatif: 250_000_000 });
    expect(revised.status).toBe(200);

    const reopened = await report(OVERLAP_YEAR, (r) => r.totals.overlapsOpen === 1);
    expect(reopened.regions.find((r) => r.region === '81.71')!.overlaps[0]).toMatchObject({ open: true, review: { verdict: 'sinergi', status: 'reopened', reopenReason: expect.stringContaining('250000000') } });
    const history = await eventually(async () => {
      const { body } = await proposalsAsCoordinator.get<{ type: string; state: { status: string } }[]>(`/v1/overlaps/reviews/${reviewed.body.id}/history`);
      return body.length === 2 ? body : undefined;
    });
    expect(history.map((h) => [h.type, h.state.status])).toEqual([['proposals.overlap-review.recorded.v1', 'reviewed'], ['proposals.overlap-review.reopened.v1', 'reopened']]);
  }, 120000);

  it('shows Kota Ambon an open duplikasi on its usulan in the proposals API', async () => {
    const proposalsAsCoordinator = httpClient(proposals.url, testToken('81', 'coordinator'));
    expect((await proposalsAsCoordinator.post('/v1/overlaps/reviews', { provinceProposalId: overlapIds.province, kabKotaProposalId: overlapIds.kabKota, verdict: 'duplikasi', note: 'Satu titik akses didanai dua kali' })).status).toBe(201);
    const ambon = httpClient(proposals.url, testToken('81.71', 'opd'));
    const { status, body } = await ambon.get<{ verdict: string; status: string; kabKotaSide: { proposalId: string } }[]>(`/v1/overlaps/reviews?proposal=${overlapIds.kabKota}&verdict=duplikasi&status=reviewed`);
    expect(status).toBe(200);
    expect(body).toEqual([expect.objectContaining({ verdict: 'duplikasi', status: 'reviewed', kabKotaSide: expect.objectContaining({ proposalId: overlapIds.kabKota }) })]);
    const tual = await httpClient(proposals.url, testToken('81.72', 'opd')).get('/v1/overlaps/reviews?region=81.71');
    expect(tual.status).toBe(403);
  }, 60000);

  it('lets the coordinator review the overlap from the dashboard drill-down, the API\'s refusal shown at its field', async () => {
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true })).newPage();
      await page.goto(`${reporting.url}/?token=${testToken('81', 'coordinator')}&province=81&year=${OVERLAP_YEAR}`);
      await page.locator('[data-open-region="81.71"]').click();
      const form = page.locator(`.overlap-review-form[data-overlap="${overlapIds.province}~${overlapIds.kabKota}"]`);
      await form.getByLabel('Hasil tinjauan').selectOption('sinergi');
      await form.getByLabel(/Catatan/).fill('');
      await form.getByRole('button', { name: 'Simpan tinjauan' }).click();
      // sinergi without a note: proposals' violation names the note, and the page shows it there.
      await form.locator('.field-error').waitFor();
      expect(await form.getByLabel(/Catatan/).getAttribute('aria-invalid')).toBe('true');

      await form.getByLabel(/Catatan/).fill('Provinsi membangun jaringan, kota menyediakan layanan di titik yang sama');
      await form.getByRole('button', { name: 'Simpan tinjauan' }).click();
      await form.getByText('Tinjauan tersimpan', { exact: false }).waitFor();
      const shown = await report(OVERLAP_YEAR, (r) => r.regions.find((x) => x.region === '81.71')?.overlaps[0]?.review?.verdict === 'sinergi');
      expect(shown.regions.find((x) => x.region === '81.71')?.overlaps[0].review).toMatchObject({ verdict: 'sinergi', reviewedBy: 'test-coordinator@81', note: 'Provinsi membangun jaringan, kota menyediakan layanan di titik yang sama' });
    } finally {
      await browser.close();
    }
  }, 120000);
});

function penunjangTemplate(code: string): string {
  return /^\d\.\d{2}\.01\./.test(code) ? `X.XX${code.slice(4)}` : code;
}
