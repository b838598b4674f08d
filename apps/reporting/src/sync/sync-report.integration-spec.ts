import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { eventually, RunningService, startTestService, testKafka, testToken } from '@selaras/testing';
import { ReportingAppModule } from '../app.module';
import { ReportingConfig } from '../config';
import { getBytes, getJson, postJson } from '../testing/http';
import { expectedMalukuReport } from '../testing/maluku-expected';
import { MalukuScenario, publishMalukuScenario } from '../testing/maluku-scenario';
import { SyncReport } from './sync-report';

/**
 * Real: Kafka broker, PostgreSQL, the reporting service with its projections. The events of the
 * other services are published on their real topics by the test, as those services would.
 */
describe('synchronisation report built from real events', () => {
  // Before every other spec's SPBE assessments of Maluku (2025 on; the regency simulation's
  // 2046): the report shows a region's latest assessment up to the year, so a later year would
  // show theirs wherever the scenario has none, depending on the order the specs ran in.
  const YEAR = 2024;
  const coordinator = testToken('81', 'coordinator');
  let reporting: RunningService;
  let scenario: MalukuScenario;
  const syncUrl = (query = '') => `${reporting.url}/v1/reports/provinces/81/sync?year=${YEAR}${query}`;
  const withoutVolatile = ({ generatedAt: _, catalog: __, integration: ___, ...rest }: SyncReport) => rest;

  beforeAll(async () => {
    reporting = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c));
    scenario = await publishMalukuScenario(testKafka(), YEAR);
  });

  afterAll(async () => {
    await reporting?.close();
  });

  const settledReport = () =>
    eventually(async () => {
      const { status, body } = await getJson<SyncReport>(syncUrl(), coordinator);
      expect(status).toBe(200);
      expect(withoutVolatile(body)).toEqual(expectedMalukuReport(scenario));
      // The activation comes on its own topic and may be applied after the usulan and entries.
      expect(body.catalog.activeVersion).toBe(scenario.versionId);
      return body;
    });

  it('computes every figure for the province and all 11 kab/kota of Maluku', async () => {
    const report = await settledReport();
    expect(report.regions.map((r) => r.region)).toEqual(['81', '81.01', '81.02', '81.03', '81.04', '81.05', '81.06', '81.07', '81.08', '81.09', '81.71', '81.72']);
    expect(report.catalog.activeVersion).toBe(scenario.versionId);
    expect(report.catalog.entries).toBeGreaterThanOrEqual(5);
  });

  it('narrows every figure to one planning stage', async () => {
    await settledReport();
    const { body } = await getJson<SyncReport>(syncUrl('&stage=rancangan_awal'), coordinator);
    const ambon = body.regions.find((r) => r.region === '81.71')!;
    expect(body.stage).toBe('rancangan_awal');
    expect(ambon.proposals).toMatchObject({ total: 2, byStatus: { submitted: 1, withdrawn: 1 }, stageReached: 'rancangan_awal' });
    expect(ambon.pagu.total).toBe(400_000_000);
    expect(ambon.alignment).toMatchObject({ supported: 1, percent: 50 });
    expect(ambon.overlaps).toEqual([]);
    expect(body.totals.proposals.total).toBe(3);
  });

  it('ranks the regions by SPBE index beside their targets', async () => {
    await settledReport();
    const { status, body } = await getJson(`${reporting.url}/v1/reports/spbe/ranking?province=81&year=${YEAR}`, coordinator);
    expect(status).toBe(200);
    expect(body.items.slice(0, 4)).toEqual([
      { rank: 1, region: '81', name: 'Maluku', kind: 'provinsi', year: YEAR - 1, assessment: 'final', index: 3.2, indexText: '3.20', predikat: 'Baik', target: 3, gap: -0.2, meetsTarget: true, needsTargetUnder: null },
      { rank: 2, region: '81.71', name: 'Kota Ambon', kind: 'kota', year: YEAR - 1, assessment: 'final', index: 3.03, indexText: '3.03', predikat: 'Baik', target: 3.5, gap: 0.47, meetsTarget: false, needsTargetUnder: null },
      { rank: 3, region: '81.72', name: 'Kota Tual', kind: 'kota', year: YEAR - 1, assessment: 'self', index: 2.1, indexText: '2.10', predikat: 'Cukup', target: null, gap: null, meetsTarget: null, needsTargetUnder: null },
      { rank: null, region: '81.01', name: 'Kabupaten Maluku Tengah', kind: 'kabupaten', year: null, assessment: null, index: null, indexText: null, predikat: null, target: 2.6, gap: null, meetsTarget: null, needsTargetUnder: null },
    ]);
    expect(body.items).toHaveLength(12);
  });

  it('lets only readers of the province in', async () => {
    expect((await getJson(syncUrl(), testToken('82', 'coordinator'))).body.code).toBe('REGION_FORBIDDEN');
    expect((await getJson(syncUrl(), testToken('81.71', 'coordinator'))).status).toBe(403);
    expect((await getJson(syncUrl(), testToken('81', 'opd'))).body.code).toBe('ROLE_FORBIDDEN');
    expect((await getJson(syncUrl())).status).toBe(401);
    expect((await getJson(syncUrl(), testToken('00', 'admin'))).status).toBe(200);
    expect((await getJson(`${reporting.url}/v1/reports/provinces/81.71/sync`, coordinator)).body.code).toBe('PROVINCE_EXPECTED');
    expect((await getJson(`${reporting.url}/v1/reports/provinces/99/sync`, testToken('00', 'admin'))).body.code).toBe('PROVINCE_NOT_FOUND');
    expect((await getJson(`${reporting.url}/v1/reports/provinces/81/sync?stage=musrenbang`, coordinator)).body.code).toBe('REQUEST_INVALID');
  });

  it('exports the report as CSV with a byte order mark, one quoted row per region', async () => {
    await settledReport();
    const { status, body, headers } = await getBytes(syncUrl('&format=csv'), coordinator);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toContain(`attachment; filename="sinkronisasi-81-${YEAR}.csv"`);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(body, { bom: true, columns: true });
    expect(rows).toHaveLength(12);
    const tual = rows.find((r) => r['Kode wilayah'] === '81.72')!;
    expect(tual).toMatchObject({ Wilayah: 'Kota Tual', 'Jumlah usulan': '3', 'Pagu usulan aktif (Rp)': '100000000', 'Keselarasan (%)': '50', 'Kesenjangan (kode prioritas)': '1.02.02.1.01', 'Kode tidak valid': '2', 'Indeks SPBE': '2.1', 'Predikat SPBE': 'Cukup' });
  });

  it('exports the report as XLSX with a sheet per detail, codes kept as text', async () => {
    await settledReport();
    const { body, headers } = await getBytes(syncUrl('&format=xlsx'), coordinator);
    expect(headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(headers.get('content-disposition')).toContain(`filename="sinkronisasi-81-${YEAR}.xlsx"`);
    const workbook = new Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Sinkronisasi', 'Pagu per bidang', 'Pagu per program', 'Kesenjangan', 'Tumpang tindih', 'Kode tidak valid', 'SPBE terlemah']);
    const summary = workbook.getWorksheet('Sinkronisasi')!;
    expect(summary.rowCount).toBe(13);
    const ambon = summary.getRow(12);
    expect([ambon.getCell(1).value, ambon.getCell(2).value, ambon.getCell(5).value]).toEqual(['81.71', 'Kota Ambon', 3]);
    const invalid = workbook.getWorksheet('Kode tidak valid')!;
    expect(invalid.getRow(2).values).toEqual([undefined, '81.01', 'Kabupaten Maluku Tengah', scenario.usulan.m2.id, '2.16.02.1.01.0032', 'Kode tingkat pemerintahan salah', undefined, 'Diajukan', 50_000_000]);
    const overlaps = workbook.getWorksheet('Tumpang tindih')!;
    const facility = 'Pembangunan Fasilitas Kesehatan Lainnya';
    expect((overlaps.getRow(2).values as unknown[]).slice(1, 18)).toEqual([
      '81.71', 'Kota Ambon', 'Nama sama', '81.71.02',
      '1.02.02.1.01.0002', facility, 'Dinas Kesehatan', 'Disepakati', 2_000_000_000,
      '1.02.02.2.01.0003', facility, 'Dinas Kesehatan', 'Diajukan', 400_000_000,
      scenario.usulan.pv1.id, scenario.usulan.a2.id, 'Terbuka',
    ]);
  });

  it('exports a region\'s usulan as CSV and XLSX', async () => {
    await settledReport();
    const csv = await getBytes(`${reporting.url}/v1/reports/proposals?region=81.72&year=${YEAR}&format=csv`, coordinator);
    expect(csv.headers.get('content-disposition')).toContain(`filename="usulan-81.72-${YEAR}.csv"`);
    const rows: Record<string, string>[] = parse(csv.body, { bom: true, columns: true });
    expect(rows.map((r) => r['Sub kegiatan']).sort()).toEqual(['1.02.02.2.01.0003', '2.16.02.2.01.0919', '2.16.02.2.01.0977']);
    expect(rows.find((r) => r['Sub kegiatan'] === '1.02.02.2.01.0003')).toMatchObject({ Status: 'Ditolak', 'Nama sub kegiatan': 'Pembangunan Fasilitas Kesehatan Lainnya', 'Pagu indikatif (Rp)': '60000000' });
    const xlsx = await getBytes(`${reporting.url}/v1/reports/proposals?region=81.72&year=${YEAR}&format=xlsx`, coordinator);
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Usulan')!.rowCount).toBe(4);
  });

  it('lists a region\'s usulan with names, and serves one by id', async () => {
    await settledReport();
    const { body } = await getJson(`${reporting.url}/v1/reports/proposals?region=81&year=${YEAR}&status=agreed`, coordinator);
    expect(body.total).toBe(2);
    expect(body.names['2.16.02.2.01.0028']).toBe('Pengelolaan Pengaduan Masyarakat');
    const one = await getJson(`${reporting.url}/v1/reports/proposals/${scenario.usulan.a1.id}`, coordinator);
    expect(one.body).toMatchObject({ id: scenario.usulan.a1.id, revision: 3, status: 'agreed' });
  });

  it('keeps a provincial OPD to the province\'s own usulan; the coordinator reads every kab/kota', async () => {
    await settledReport();
    const provinceOpd = testToken('81', 'opd');
    const list = (token: string, region: string) => getJson<{ items: { id: string; region: string }[]; code?: string }>(`${reporting.url}/v1/reports/proposals?region=${region}&year=${YEAR}`, token);
    expect((await list(provinceOpd, '81')).body.items.map((i) => i.id).sort()).toEqual([scenario.usulan.pv1.id, scenario.usulan.pv2.id].sort());
    expect(new Set((await list(coordinator, '81')).body.items.map((i) => i.region))).toEqual(new Set(['81', '81.01', '81.71', '81.72']));
    expect((await list(provinceOpd, '81.71')).body.code).toBe('REGION_FORBIDDEN');
    expect((await getJson(`${reporting.url}/v1/reports/proposals/${scenario.usulan.a1.id}`, provinceOpd)).status).toBe(403);
  });

  it('publishes agreed usulan as open data without a token or personal data', async () => {
    await settledReport();
    const { status, body } = await getJson(`${reporting.url}/v1/public/regions/81/proposals?year=${YEAR}`);
    expect(status).toBe(200);
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([scenario.usulan.pv1.id]);
    expect(body.items[0]).toMatchObject({ subKegiatanName: 'Pembangunan Fasilitas Kesehatan Lainnya', paguIndikatif: 2_000_000_000 });
    expect(JSON.stringify(body)).not.toMatch(/updatedBy|operator@/);
  });

  it('gives the same figures after a replay into a new generation', async () => {
    const before = await settledReport();
    const admin = testToken('00', 'admin');
    const replay = await postJson(`${reporting.url}/v1/admin/replay?wait=true`, admin);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ state: 'done', schema: expect.stringMatching(/^reporting_g\d+$/) });
    const status = await getJson(`${reporting.url}/v1/admin/replay`, admin);
    expect(status.body.generations.find((g: { status: string }) => g.status === 'live').schema).toBe(replay.body.schema);
    const after = await getJson<SyncReport>(syncUrl(), coordinator);
    expect(withoutVolatile(after.body)).toEqual(withoutVolatile(before));
    expect(after.body.catalog).toEqual(before.catalog);
    expect((await postJson(`${reporting.url}/v1/admin/replay`, coordinator)).status).toBe(403);
  });
});
