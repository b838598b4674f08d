import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ProposalStateV1 } from '@selaras/contracts';
import { RegencyClient } from '@selaras/regency-sdk';
import { eventually, httpClient, REPO_ROOT, RunningService, startTestService, TEST_BROKERS, testEnv, testToken, registerApprovedKey } from '@selaras/testing';
import { NomenclatureAppModule } from '../../apps/nomenclature/src/app.module';
import { NomenclatureConfig } from '../../apps/nomenclature/src/config';
import { ProposalsAppModule } from '../../apps/proposals/src/app.module';
import { ProposalsConfig } from '../../apps/proposals/src/config';
import { ReportingAppModule } from '../../apps/reporting/src/app.module';
import { ReportingConfig } from '../../apps/reporting/src/config';
import { SpbeIndicatorsAppModule } from '../../apps/spbe-indicators/src/app.module';
import { SpbeIndicatorsConfig } from '../../apps/spbe-indicators/src/config';

/**
 * Regency systems end to end: the real 2027 nomenclature imported and active, a regency
 * publishing through the SDK, and `selaras simulate` feeding all of Maluku.
 */
describe('regency systems publishing to the province', () => {
  let nomenclature: RunningService;
  let proposals: RunningService;
  let reporting: RunningService;
  let spbe: RunningService;
  const coordinator = () => httpClient(reporting.url, testToken('81', 'coordinator'));
  // The simulation writes SPBE assessments for all of Maluku; a year after every other
  // spec's keeps them out of those specs' reports ("latest assessment up to the year").
  const SIMULATION_YEAR = 2046;
  // 600 usulan of one kab/kota: a year of their own too.
  const SNAPSHOT_YEAR = 2047;

  beforeAll(async () => {
    nomenclature = await startTestService(NomenclatureConfig, (c) => NomenclatureAppModule.register(c));
    proposals = await startTestService(ProposalsConfig, (c) => ProposalsAppModule.register(c));
    reporting = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c));
    spbe = await startTestService(SpbeIndicatorsConfig, (c) => SpbeIndicatorsAppModule.register(c));
    const admin = httpClient(nomenclature.url, testToken('00', 'admin'));
    expect((await admin.post('/v1/nomenclature/versions/from-reference/sipd-2027')).status).toBeLessThan(300);
    expect((await admin.post('/v1/nomenclature/versions/sipd-2027/activate')).status).toBeLessThan(300);
  }, 180000);

  afterAll(async () => {
    await Promise.all([nomenclature, proposals, reporting, spbe].map((s) => s?.close()));
  });

  it('shows in reporting a change a regency published through the SDK, and gives back the refusal of a bad one', async () => {
    const key = generateKeyPairSync('ed25519');
    const keyId = await registerApprovedKey(proposals.url, '81.71', key.publicKey, 'SIPD Kota Ambon');
    const ambon = new RegencyClient({
      region: '81.71',
      kafka: { brokers: [TEST_BROKERS], key: { keyId, privateKey: key.privateKey } },
      http: { baseUrl: proposals.url, token: testToken('81.71', 'opd') },
    });
    const externalId = `sdk-${randomUUID().slice(0, 8)}`;
    const change = {
      externalId, opd: { code: '2.16.0.00.0.00.01.0000', name: 'Dinas Kominfo Kota Ambon' }, year: 2027, stage: 'rancangan' as const, source: 'renstra' as const,
      subKegiatan: '2.16.03.2.02.0041', target: { value: 2, satuan: 'Dokumen' }, paguIndikatif: 150_000_000, status: 'submitted' as const,
    };
    // The catalog reaches proposals through nomenclature.entries: wait until it knows the code.
    await eventually(async () => (await httpClient(proposals.url, testToken('81.71', 'opd')).post('/v1/inbound', ambon.upsert({ ...change, externalId: `${externalId}-probe`, status: 'draft' }))).status === 202, { timeoutMs: 60000, intervalMs: 500 });
    await ambon.publish(ambon.upsert(change));
    const provincialCode = { ...change, externalId: `${externalId}-wrong`, subKegiatan: '2.16.03.1.02.0041' };
    const wrong = ambon.upsert(provincialCode);
    await ambon.publish(wrong);
    try {
      const seen = await eventually(async () => {
        const { body } = await coordinator().get<{ items: ProposalStateV1[] }>('/v1/reports/proposals?region=81.71&year=2027&limit=1000');
        return body.items?.find((p) => p.externalId === externalId);
      }, { timeoutMs: 60000 });
      expect(seen).toMatchObject({ status: 'submitted', subKegiatan: '2.16.03.2.02.0041', paguIndikatif: 150_000_000 });
      const refusal = await eventually(async () => (await ambon.rejections()).find((r) => r.eventId === wrong.id));
      expect(refusal.code).toBe('SUB_KEGIATAN_WRONG_LEVEL');
    } finally {
      await ambon.close();
    }
  }, 120000);

  it('re-syncs a snapshot through the SDK in signed batches, over Kafka and over HTTP, and reporting shows every usulan', async () => {
    const key = generateKeyPairSync('ed25519');
    const keyId = await registerApprovedKey(proposals.url, '81.01', key.publicKey, 'SIPD Maluku Tenggara Barat');
    const options = { region: '81.01', http: { baseUrl: proposals.url, token: testToken('81.01', 'opd') } };
    const viaKafka = new RegencyClient({ ...options, kafka: { brokers: [TEST_BROKERS], key: { keyId, privateKey: key.privateKey } } });
    const viaHttp = new RegencyClient(options);
    const run = randomUUID().slice(0, 8);
    // ~1 KB each: 600 of them need more than one batch message of the province's 256 KB.
    const change = (i: number, status: 'draft' | 'submitted') => ({
      externalId: `snap-${run}-${i}`, opd: { code: '2.16.0.00.0.00.01.0000', name: 'Dinas Kominfo' }, year: SNAPSHOT_YEAR, stage: 'rancangan' as const, source: 'renstra' as const,
      subKegiatan: '2.16.03.2.02.0041', target: { value: 1 + i, satuan: 'Dokumen' }, paguIndikatif: 1_000_000 + i, status, justification: 'x'.repeat(500),
    });
    // The catalog reaches proposals through nomenclature.entries: wait until it knows the code.
    await eventually(async () => (await viaHttp.publish(viaHttp.upsert({ ...change(-1, 'draft'), year: SNAPSHOT_YEAR + 1 })).catch(() => []))[0]?.outcome === 'accepted', { timeoutMs: 60000, intervalMs: 500 });
    try {
      const kafkaReceipts = await viaKafka.publishBatched(Array.from({ length: 600 }, (_, i) => viaKafka.upsert(change(i, 'submitted'))));
      expect(kafkaReceipts.map((r) => r.outcome)).toEqual(Array(600).fill('queued'));
      const httpReceipts = await viaHttp.publishBatched([viaHttp.upsert(change(600, 'draft')), viaHttp.upsert({ ...change(601, 'draft'), subKegiatan: '2.16.03.1.02.0041' })]);
      expect(httpReceipts.map((r) => [r.outcome, r.code])).toEqual([['accepted', undefined], ['refused', 'SUB_KEGIATAN_WRONG_LEVEL']]);
      const shown = await eventually(async () => {
        const { body } = await coordinator().get<{ items: ProposalStateV1[] }>(`/v1/reports/proposals?region=81.01&year=${SNAPSHOT_YEAR}&limit=1000`);
        const ours = (body.items ?? []).filter((p) => p.externalId?.startsWith(`snap-${run}-`));
        return ours.length === 601 ? ours : undefined;
      }, { timeoutMs: 60000 });
      expect(shown.filter((p) => p.status === 'submitted')).toHaveLength(600);
      expect(shown.find((p) => p.externalId === `snap-${run}-600`)).toMatchObject({ status: 'draft', paguIndikatif: 1_000_600 });
    } finally {
      await viaKafka.close();
    }
  }, 120000);

  it('runs `selaras simulate` and every one of Maluku\'s 11 kab/kota appears in the sync report', async () => {
    const exitCode = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/selaras.js'), 'simulate', '--province', '81', '--rate', '30', '--duration', '6', '--seed', '7', '--year', String(SIMULATION_YEAR), '--quiet'], {
        cwd: REPO_ROOT,
        env: { ...process.env, ...testEnv(), SELARAS_PROPOSALS_URL: proposals.url, SELARAS_SPBE_INDICATORS_URL: spbe.url },
        stdio: 'inherit',
      });
      child.on('exit', resolve);
    });
    expect(exitCode).toBe(0);
    let last: unknown;
    const report = await eventually(async () => {
      const { status, body } = await coordinator().get(`/v1/reports/provinces/81/sync?year=${SIMULATION_YEAR}`);
      last = { status, ambon: body?.regions?.find((r: { region: string }) => r.region === '81.71')?.spbe, totals: body?.regions?.map((r: { region: string; proposals: { total: number } }) => [r.region, r.proposals?.total]) };
      if (status !== 200) return undefined;
      const kabKota = body.regions.filter((r: { kind: string }) => r.kind !== 'provinsi');
      // Usulan and SPBE assessments reach reporting on topics of their own: wait for both. Until the
      // simulation's own year arrives, the report shows Ambon's latest earlier assessment (another
      // spec's, in the shared database), so wait for that year, not for any.
      const ambonSpbe = body.regions.find((r: { region: string }) => r.region === '81.71')?.spbe;
      return kabKota.length === 11 && kabKota.every((r: { proposals: { total: number } }) => r.proposals.total > 0) && ambonSpbe?.year === SIMULATION_YEAR ? body : undefined;
    }, { timeoutMs: 120000, intervalMs: 500 }).catch((error) => {
      throw new Error(`${(error as Error).message}; the last report: ${JSON.stringify(last)}`);
    });
    expect(report.regions.map((r: { region: string }) => r.region)).toEqual(['81', '81.01', '81.02', '81.03', '81.04', '81.05', '81.06', '81.07', '81.08', '81.09', '81.71', '81.72']);
    // The planning year and the three before it are after 2026: all on Indeks Pemdi (8/2026), 20 indicators.
    expect(report.regions.find((r: { region: string }) => r.region === '81.71').spbe).toMatchObject({ framework: { id: 'permenpanrb-8-2026', name: 'Indeks Pemdi' }, year: SIMULATION_YEAR });
    // Each year is its own key on spbe.events, so the earlier years may arrive after the planning year's.
    // Only the simulation's years: other specs assess Ambon in years of their own.
    const simulated = (body: { series?: { framework: { id: string }; points: { year: number }[] }[] }): [string, number[]][] =>
      (body.series ?? [])
        .map((s): [string, number[]] => [s.framework.id, s.points.map((p) => p.year).filter((y) => y >= SIMULATION_YEAR - 3 && y <= SIMULATION_YEAR)])
        .filter(([, years]) => years.length > 0);
    const history = await eventually(async () => {
      const { body } = await coordinator().get('/v1/reports/spbe/history?region=81.71');
      return simulated(body).flatMap(([, years]) => years).length === 4 ? body : undefined;
    });
    expect(simulated(history)).toEqual([['permenpanrb-8-2026', [SIMULATION_YEAR - 3, SIMULATION_YEAR - 2, SIMULATION_YEAR - 1, SIMULATION_YEAR]]]);
  }, 180000);
});
