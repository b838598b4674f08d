import { generateKeyPairSync, KeyObject, randomUUID } from 'node:crypto';
import { aUsulan } from '@selaras/contracts';
import { ConsumerHost } from '@selaras/messaging';
import { RegencyClient, UsulanChange } from '@selaras/regency-sdk';
import { metricSum, MetricSample, scrape } from '@selaras/service-kit';
import { eventually, httpClient, publishEntries, registerApprovedKey, RunningService, spbeKoordinasiEntry, startTestService, TEST_BROKERS, testKafka, testToken } from '@selaras/testing';
import { ProposalsAppModule } from '../../apps/proposals/src/app.module';
import { ProposalsConfig } from '../../apps/proposals/src/config';
import { ReportingAppModule } from '../../apps/reporting/src/app.module';
import { ReportingConfig } from '../../apps/reporting/src/config';
import { infra } from '../support/stack-control';
import { declaredMetricNames, metricNamesIn } from '../../deploy/monitoring/metric-names';
import { readRepoFile, readYaml } from '../../deploy/deploy-files';

/**
 * Issue 28 against the real broker and database: traffic and faults, read back from the
 * services' own /metrics and from reporting's integration health. Real: proposals, reporting,
 * Kafka, PostgreSQL, the regency SDK. Nothing is mocked.
 */
describe('integration health: metrics, refusals by region, lag, outbox backlog', () => {
  let proposals: RunningService;
  let reporting: RunningService;
  const run = randomUUID().slice(0, 8);
  const coordinator = () => httpClient(reporting.url, testToken('81', 'coordinator'));
  const clients: RegencyClient[] = [];

  async function registerKey(region: string): Promise<{ keyId: string; privateKey: KeyObject }> {
    const key = generateKeyPairSync('ed25519');
    return { keyId: await registerApprovedKey(proposals.url, region, key.publicKey, `health ${run}`), privateKey: key.privateKey };
  }

  function client(region: string, key: { keyId: string; privateKey: KeyObject }): RegencyClient {
    const c = new RegencyClient({ region, kafka: { brokers: [TEST_BROKERS], key } });
    clients.push(c);
    return c;
  }

  const change = (region: string, n: number, overrides: Partial<UsulanChange> = {}): UsulanChange => {
    const { opd, year, stage, source, target, paguIndikatif, subKegiatan } = aUsulan({ region });
    return { externalId: `health-${run}-${region}-${n}`, opd, year, stage, source, status: 'submitted', target, paguIndikatif, subKegiatan, ...overrides };
  };

  beforeAll(async () => {
    await publishEntries(testKafka(), [spbeKoordinasiEntry()]);
    proposals = await startTestService(ProposalsConfig, (c) => ProposalsAppModule.register(c));
    reporting = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c));
    await eventually(async () => (await httpClient(proposals.url, testToken('81.71', 'opd')).post('/v1/proposals', aUsulan())).status === 201);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await proposals?.close();
    await reporting?.close();
  });

  it('answers /health/live and /health/ready once the consumer groups have joined', async () => {
    for (const service of [proposals, reporting]) {
      expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
      await eventually(async () => (await fetch(`${service.url}/health/ready`)).status === 200);
      const ready = await (await fetch(`${service.url}/health/ready`)).json();
      expect(ready).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, kafka: { status: 'up' }, consumers: { status: 'up' } } });
    }
  });

  type HealthRow = { region: string; verdict: string; refusals24h: number; events24h: number; topRefusalCodes: { code: string; count: number }[]; lastReceived: Record<string, string | null>; keys: { active: number } };
  const healthOf = async (region: string) => (await coordinator().get<{ regions: HealthRow[] }>('/v1/reports/provinces/81/integration?year=2027')).body.regions.find((r) => r.region === region)!;

  it('counts the refused events of one region under that region and code, and a forgery under unknown; reporting calls the region banyak ditolak', async () => {
    // The broker keeps earlier runs' events, which a fresh database applies again: compare with before.
    const before = await healthOf('81.02');
    const tenggaraKey = await registerKey('81.02');
    const ambonKey = await registerKey('81.71');
    const tenggara = client('81.02', tenggaraKey);
    // 12 events signed by Maluku Tenggara's key: 9 accepted, 3 with a code no catalog holds (25 % refused).
    const events = [
      ...Array.from({ length: 9 }, (_, i) => tenggara.upsert(change('81.02', i))),
      ...Array.from({ length: 3 }, (_, i) => tenggara.upsert(change('81.02', 100 + i, { subKegiatan: '2.16.03.2.02.9999' }))),
    ];
    await tenggara.publish(...events);
    // Ambon's key signing an event that claims to be Maluku Tenggara's: not proven theirs, so it counts under unknown.
    await client('81.02', ambonKey).publish(client('81.02', ambonKey).upsert(change('81.02', 200)));
    // Over HTTP a token of Ambon posting for Maluku Tenggara: refused (403), counted under unknown too.
    const forgedHttp = await httpClient(proposals.url, testToken('81.71', 'opd')).post('/v1/inbound', tenggara.upsert(change('81.02', 300)));
    expect(forgedHttp.status).toBe(403);

    const metrics = await eventually(async () => {
      const samples = await scrape(proposals.url);
      return metricSum(samples, 'selaras_inbound_refusals_total', { region: '81.02' }) >= 3 && metricSum(samples, 'selaras_inbound_refusals_total', { region: 'unknown' }) >= 2 ? samples : undefined;
    });
    const refusals = metrics.filter((s) => s.name === 'selaras_inbound_refusals_total' && s.labels.region === '81.02');
    expect(refusals.map((s) => [s.labels.channel, s.value])).toEqual([['kafka', 3]]);
    expect(refusals[0].labels.code).toMatch(/^[A-Z_]+$/);
    expect(metricSum(metrics, 'selaras_inbound_refusals_total', { region: 'unknown', channel: 'kafka', code: 'INBOUND_REGION_NOT_COVERED' })).toBe(1);
    expect(metricSum(metrics, 'selaras_inbound_refusals_total', { region: 'unknown', channel: 'http', code: 'INBOUND_REGION_NOT_COVERED' })).toBe(1);
    expect(metricSum(metrics, 'selaras_inbound_events_accepted_total', { region: '81.02', channel: 'kafka' })).toBe(9);
    expect(metricSum(metrics, 'selaras_consumer_events_dead_lettered_total', { group: 'proposals.inbound', topic: 'proposals.inbound' })).toBeGreaterThanOrEqual(4);
    // The real status of a refused request, not "error".
    expect(metricSum(metrics, 'http_request_duration_seconds_count', { route: '/v1/inbound', method: 'POST', status: '403' })).toBe(1);
    expect(metrics.some((s) => s.name.startsWith('http_request_duration_seconds') && s.labels.status === 'error')).toBe(false);

    const tenggaraHealth = await eventually(async () => {
      const row = await healthOf('81.02');
      return row.events24h >= before.events24h + 12 && row.keys.active >= before.keys.active + 1 ? row : undefined;
    });
    expect(tenggaraHealth).toMatchObject({ verdict: 'banyak ditolak', events24h: before.events24h + 12, refusals24h: before.refusals24h + 3, keys: { active: before.keys.active + 1 } });
    expect(tenggaraHealth.topRefusalCodes[0].code).toBe(refusals[0].labels.code);
    expect(tenggaraHealth.lastReceived.kafka! > (before.lastReceived.kafka ?? '')).toBe(true);
    const latest = await coordinator().get<{ code: string; reason: string; externalId: string }[]>('/v1/reports/regions/81.02/refusals?limit=3');
    expect(latest.body).toHaveLength(3);
    expect(latest.body.every((r) => r.reason.length > 0 && r.externalId.startsWith(`health-${run}-81.02-10`))).toBe(true);
    // The sync report carries the same rows.
    const sync = await coordinator().get<{ integration: { regions: { region: string; verdict: string }[] } }>('/v1/reports/provinces/81/sync?year=2027');
    expect(sync.body.integration.regions.find((r) => r.region === '81.02')?.verdict).toBe('banyak ditolak');
  });

  it('shows the lag of a stopped consumer rising, and falling back once it consumes again', async () => {
    const inbound = proposals.app.get(ConsumerHost).all.find((c) => c.groupId === 'proposals.inbound')!;
    const lagOf = (samples: MetricSample[]) => metricSum(samples, 'selaras_consumer_lag', { group: 'proposals.inbound', topic: 'proposals.inbound' });
    await eventually(async () => lagOf(await scrape(proposals.url)) === 0);
    inbound.pause();
    const key = await registerKey('81.03');
    const tanimbar = client('81.03', key);
    await tanimbar.publish(...Array.from({ length: 5 }, (_, i) => tanimbar.upsert(change('81.03', i))));
    expect(await eventually(async () => {
      const lag = lagOf(await scrape(proposals.url));
      return lag >= 5 ? lag : undefined;
    })).toBe(5);
    inbound.resume();
    await eventually(async () => lagOf(await scrape(proposals.url)) === 0);
    expect(metricSum(await scrape(proposals.url), 'selaras_inbound_events_accepted_total', { region: '81.03' })).toBe(5);
  });

  it('exposes every metric the alert rules and the Grafana dashboard read', async () => {
    const rules = (readYaml('deploy/monitoring/selaras.rules.yml')[0] as { groups: { rules: { expr: string }[] }[] }).groups.flatMap((g) => g.rules.map((r) => r.expr));
    const panels = JSON.parse(readRepoFile('deploy/monitoring/grafana-dashboard.json')).panels.flatMap((p: { targets: { expr: string }[] }) => p.targets.map((t) => t.expr));
    const named = new Set([...rules, ...panels].flatMap(metricNamesIn));
    const exposed = new Set<string>();
    for (const service of [proposals, reporting]) for (const name of declaredMetricNames(await (await fetch(`${service.url}/metrics`)).text())) exposed.add(name);
    expect([...named].filter((n) => !exposed.has(n))).toEqual([]);
    expect(named.size).toBeGreaterThan(10);
  });

  it('shows the outbox backlog while the broker is stopped, and drains it after', async () => {
    const backlog = (samples: MetricSample[]) => ({
      rows: metricSum(samples, 'selaras_outbox_pending_rows', { service: 'proposals' }),
      age: metricSum(samples, 'selaras_outbox_oldest_pending_age_seconds', { service: 'proposals' }),
    });
    expect(backlog(await scrape(proposals.url)).rows).toBe(0);
    infra('deploy/kafka/kafka.mjs', 'stop');
    try {
      // The broker's stop ran synchronously in this process, which also runs the services: a kept-alive
      // connection the server timed out meanwhile may be reset once, so a refused POST is sent again.
      for (let i = 0; i < 3; i++) await eventually(async () => (await httpClient(proposals.url, testToken('81.71', 'opd')).post('/v1/proposals', aUsulan())).status === 201);
      const during = await eventually(async () => {
        const b = backlog(await scrape(proposals.url));
        return b.rows >= 3 && b.age >= 1 ? b : undefined;
      });
      expect(during.rows).toBeGreaterThanOrEqual(3);
    } finally {
      infra('deploy/kafka/kafka.mjs', 'start');
    }
    await eventually(async () => backlog(await scrape(proposals.url)).rows === 0, { timeoutMs: 60000 });
    const after = await scrape(proposals.url);
    expect(backlog(after)).toEqual({ rows: 0, age: 0 });
    expect(metricSum(after, 'selaras_outbox_published_total', { service: 'proposals' })).toBeGreaterThan(0);
  });
});
