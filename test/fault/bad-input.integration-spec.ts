import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { KafkaMessage } from 'kafkajs';
import { deadLetterTopicOf, DLQ_HEADERS, TOPICS } from '@selaras/contracts';
import { consumerLag, eventually, httpClient, produce, publishEntries, readTopic, RunningService, spbeKoordinasiEntry, startTestService, testDatabaseUrl, testKafka, registerApprovedKey } from '@selaras/testing';
import { ProposalsAppModule } from '../../apps/proposals/src/app.module';
import { ProposalsConfig } from '../../apps/proposals/src/config';
import { buildCorpus } from '../support/bad-input-corpus';

describe('a corpus of bad inbound events mixed into valid traffic', () => {
  const kafka = testKafka();
  let service: RunningService;
  const db = new Client({ connectionString: testDatabaseUrl() });
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    await publishEntries(kafka, [spbeKoordinasiEntry()]);
    service = await startTestService(ProposalsConfig, (c) => ProposalsAppModule.register(c));
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await service?.close();
  });

  async function registerKey(region: string) {
    const pair = generateKeyPairSync('ed25519');
    const keyId = await eventually(() => registerApprovedKey(service.url, region, pair.publicKey, 'corpus'));
    return { keyId, privateKey: pair.privateKey };
  }

  it('applies every valid event once, refuses every bad one with its reason, and blocks no partition', async () => {
    const keys = { ambon: await registerKey('81.71'), tual: await registerKey('81.72'), stranger: generateKeyPairSync('ed25519').privateKey };
    // The catalog must be loaded before valid events can pass the nomenclature check.
    await eventually(async () => (await httpClient(service.url).get('/health')).status === 200);
    const corpus = buildCorpus(run, keys, 300, 70);
    const badCount = corpus.filter((m) => m.expectedCode).length;
    expect(badCount).toBeGreaterThanOrEqual(1000);

    // In requests of up to 100 messages and ~512 KB: the broker refuses a request whose record
    // batch for one partition exceeds its 1 MB message size, and the oversized kind is 300 KB each.
    for (let i = 0; i < corpus.length; ) {
      const request: typeof corpus = [];
      for (let bytes = 0; i < corpus.length && request.length < 100 && (request.length === 0 || bytes + corpus[i].value.length < 512 * 1024); i++) {
        bytes += corpus[i].value.length;
        request.push(corpus[i]);
      }
      await produce(kafka, TOPICS.proposalsInbound.name, request.map((m) => ({ key: m.key, value: m.value })));
    }

    await eventually(async () => (await consumerLag(kafka, 'proposals.inbound', TOPICS.proposalsInbound.name)) === 0, { timeoutMs: 120000, intervalMs: 500 });

    const applied = (await db.query(`SELECT external_id, revision FROM proposals.usulan WHERE external_id LIKE $1`, [`corpus-${run}-%`])).rows;
    const validIds = corpus.flatMap((m) => m.externalIds ?? []);
    expect(validIds.length).toBe(300 + 100);
    expect(applied.map((r) => r.external_id).sort()).toEqual([...validIds].sort());
    expect(applied.every((r) => r.revision === 1)).toBe(true);

    // Every refusal is dead-lettered with its code. The readable record of a refusal is kept only
    // within its sender's budget (issue 23: 60 a minute per sender), so the corpus' senders have
    // some recorded, none under a code they were not refused for.
    const expected: Record<string, number> = {};
    for (const m of corpus) if (m.expectedCode) expected[m.expectedCode] = (expected[m.expectedCode] ?? 0) + 1;
    const ours = (m: KafkaMessage) => (m.value?.toString() ?? '').includes(`corpus-${run}`);
    const letters = await readTopic(kafka, deadLetterTopicOf(TOPICS.proposalsInbound.name), (all) => all.filter(ours).length >= badCount, 120000);
    const byCode: Record<string, number> = {};
    for (const m of letters.filter(ours)) {
      const code = String(m.headers?.[DLQ_HEADERS.errorCode]);
      byCode[code] = (byCode[code] ?? 0) + 1;
    }
    expect(byCode).toEqual(expected);
    const recorded = (await db.query(`SELECT code, count(*)::int AS n FROM proposals.inbound_rejection WHERE raw LIKE $1 GROUP BY code`, [`%corpus-${run}%`])).rows;
    for (const r of recorded) expect(r.n).toBeLessThanOrEqual(expected[r.code] ?? 0);
    expect((await httpClient(service.url).get('/health')).status).toBe(200);
  }, 300000);
});
