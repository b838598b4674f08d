import { randomUUID } from 'node:crypto';
import { aUsulan, buildEvent, INBOUND_EVENT_TYPES, TOPICS } from '@selaras/contracts';
import { mintToken } from '@selaras/service-kit';
import { eventually, httpClient, produce, RunningService, startTestService, TEST_JWT_SECRET, testKafka, testToken } from '@selaras/testing';
import { ProposalsAppModule } from '../../apps/proposals/src/app.module';
import { ProposalsConfig } from '../../apps/proposals/src/config';

interface Rejection { eventId: string; region: string | null; claimedRegion: string | null; senderSubject: string | null; raw: string; rawBytes: number; rawSha256: string }

/**
 * Issue 23, row 4: an opd token of 82.71 posted an 880 KB inbound event naming 81.72; the refusal
 * was filed in 81.72's list, whole, without limit. Real: Kafka broker, PostgreSQL, proposals.
 */
describe('inbound refusals are filed under who sent them', () => {
  const kafka = testKafka();
  let proposals: RunningService;
  const tualCoordinator = () => httpClient(proposals.url, testToken('81', 'coordinator'));

  beforeAll(async () => {
    proposals = await startTestService(ProposalsConfig, (c) => ProposalsAppModule.register(c));
  });

  afterAll(async () => {
    await proposals?.close();
  });

  const upsertFor = (region: string, justification = 'Koordinasi SPBE') => {
    const data = { ...aUsulan({ region, locations: [region], justification }), externalId: `sec-${randomUUID().slice(0, 8)}`, status: 'submitted' as const };
    return buildEvent(INBOUND_EVENT_TYPES.upserted, data, { source: `/regions/${region}/sipd`, subject: data.externalId, region });
  };

  it('files a refusal under the token\'s region and subject, out of the named region\'s list, keeping a head and a digest of a large event', async () => {
    const sender = httpClient(proposals.url, mintToken(TEST_JWT_SECRET, { sub: 'intruder@82.71', region: '82.71', roles: ['opd'] }));
    const event = upsertFor('81.72', 'x'.repeat(880_000));
    const refused = await sender.post('/v1/inbound', event);
    expect([400, 403]).toContain(refused.status);

    const mine = await eventually(async () => ((await sender.get('/v1/inbound/rejections')).body as Rejection[]).find((r) => r.eventId === event.id));
    expect(mine).toMatchObject({ region: '82.71', claimedRegion: '81.72', senderSubject: 'intruder@82.71' });
    expect(mine.rawBytes).toBeGreaterThan(880_000);
    expect(mine.raw.length).toBeLessThanOrEqual(4096);
    expect(mine.rawSha256).toMatch(/^[0-9a-f]{64}$/);
    const named = (await tualCoordinator().get('/v1/inbound/rejections?region=81.72')).body as Rejection[];
    expect(named.map((r) => r.eventId)).not.toContain(event.id);
  });

  it('rate-limits a sender\'s refusals: past 60 a minute, 429 with Retry-After and nothing more recorded', async () => {
    const sender = httpClient(proposals.url, mintToken(TEST_JWT_SECRET, { sub: 'flood@81.71', region: '81.71', roles: ['opd'] }));
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await sender.post('/v1/inbound', upsertFor('81.72'))).status);
    expect(statuses.slice(0, 60).every((s) => s === 403)).toBe(true);
    const last = await fetch(`${proposals.url}/v1/inbound`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${mintToken(TEST_JWT_SECRET, { sub: 'flood@81.71', region: '81.71', roles: ['opd'] })}` }, body: JSON.stringify(upsertFor('81.72')) });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    const recorded = ((await sender.get('/v1/inbound/rejections?limit=1000')).body as Rejection[]).filter((r) => r.senderSubject === 'flood@81.71');
    expect(recorded).toHaveLength(60);
  });

  it('files an unsigned event from the topic under no region (admins read it), not under the region it names', async () => {
    const event = upsertFor('81.72');
    await produce(kafka, TOPICS.proposalsInbound.name, [{ key: `81.72:${event.subject}`, value: JSON.stringify(event) }]);
    const admin = httpClient(proposals.url, testToken('81', 'admin'));
    const filed = await eventually(async () => ((await admin.get('/v1/inbound/rejections?limit=1000')).body as Rejection[]).find((r) => r.eventId === event.id));
    expect(filed).toMatchObject({ region: null, claimedRegion: '81.72' });
    expect(((await tualCoordinator().get('/v1/inbound/rejections?region=81.72')).body as Rejection[]).map((r) => r.eventId)).not.toContain(event.id);
  });

  it('holds: a token of one kab/kota cannot write an usulan of another', async () => {
    const response = await httpClient(proposals.url, testToken('81.71', 'opd')).post('/v1/proposals', aUsulan({ region: '81.72', locations: ['81.72'] }));
    expect(response.body).toMatchObject({ status: 403 });
  });
});
