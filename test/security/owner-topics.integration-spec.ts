import { generateKeyPairSync } from 'node:crypto';
import { KafkaMessage } from 'kafkajs';
import { aProposalState, buildEvent, DLQ_HEADERS, PROPOSAL_EVENT_TYPES, ProposalStateV1, TOPICS } from '@selaras/contracts';
import { OwnerSigner } from '@selaras/messaging';
import { produce as produceUnsigned } from '@selaras/test-infra';
import { eventually, httpClient, produce, readTopic, RunningService, startTestService, testKafka, testOwnerSigner, topicEnds } from '@selaras/testing';
import { ReportingAppModule } from '../../apps/reporting/src/app.module';
import { ReportingConfig } from '../../apps/reporting/src/config';

/**
 * Issue 23, row 1: anyone who reaches the broker (the local one accepts every client) published a
 * `proposals.proposal.agreed.v1` for 81.72 with a plain Kafka client, and reporting served it as
 * open data. Real: Kafka broker, PostgreSQL, reporting; the outsider is a plain kafkajs producer.
 */
describe('only the owner writes its topics', () => {
  const kafka = testKafka();
  const topic = TOPICS.proposalsEvents.name;
  let reporting: RunningService;

  beforeAll(async () => {
    reporting = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c));
  });

  afterAll(async () => {
    await reporting?.close();
  });

  const agreed = (state: ProposalStateV1) =>
    buildEvent(PROPOSAL_EVENT_TYPES.agreed, state, { source: `/regions/${state.region}/opd/${state.opd.code}`, subject: state.id, region: state.region });
  const publicList = async (region: string) => (await httpClient(reporting.url).get(`/v1/public/regions/${region}/proposals?year=2027&limit=1000`)).body.items as { id: string }[];

  async function deadLetterOf(eventId: string, from: { partition: number; offset: string }[]): Promise<KafkaMessage> {
    const letters = await readTopic(kafka, `${topic}.dlq`, (seen) => seen.some((m) => m.value?.toString().includes(eventId)), 30000, from);
    return letters.find((m) => m.value?.toString().includes(eventId))!;
  }

  /** A signed event on the same partition after the forged one: once it shows, the forged one was handled. */
  async function afterwards(key: string): Promise<void> {
    const marker = aProposalState({ region: '81.72', status: 'agreed', revision: 1 });
    await produce(kafka, topic, [{ key, value: JSON.stringify(agreed(marker)) }]);
    await eventually(async () => (await publicList('81.72')).some((i) => i.id === marker.id));
  }

  it('dead-letters an event published straight onto proposals.events without the owner signature, and never serves it', async () => {
    const forged = aProposalState({ region: '81.72', status: 'agreed', revision: 1, paguIndikatif: 999_000_000_000 });
    const event = agreed(forged);
    const from = await topicEnds(kafka, `${topic}.dlq`);
    await produceUnsigned(kafka, topic, [{ key: forged.id, value: JSON.stringify(event) }]);

    const letter = await deadLetterOf(event.id, from);
    expect(letter.headers?.[DLQ_HEADERS.errorCode]?.toString()).toBe('OWNER_SIGNATURE_MISSING');
    await afterwards(forged.id);
    expect((await publicList('81.72')).map((i) => i.id)).not.toContain(forged.id);
  });

  it('dead-letters an event signed with a key that is not the owner\'s', async () => {
    const outsider = new OwnerSigner('proposals', generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    const forged = aProposalState({ region: '81.72', status: 'agreed', revision: 1 });
    const value = JSON.stringify(agreed(forged));
    const from = await topicEnds(kafka, `${topic}.dlq`);
    await produceUnsigned(kafka, topic, [{ key: forged.id, value, headers: outsider.headersFor(topic, forged.id, value) }]);

    expect((await deadLetterOf(forged.id, from)).headers?.[DLQ_HEADERS.errorCode]?.toString()).toBe('OWNER_KEY_UNKNOWN');
    await afterwards(forged.id);
    expect((await publicList('81.72')).map((i) => i.id)).not.toContain(forged.id);
  });

  it('dead-letters an owner-signed event whose value was changed on the way (signature copied onto a forged pagu)', async () => {
    const real = aProposalState({ region: '81.72', status: 'agreed', revision: 1, paguIndikatif: 1_000_000 });
    const value = JSON.stringify(agreed(real));
    const headers = testOwnerSigner(topic)!.headersFor(topic, real.id, value);
    const from = await topicEnds(kafka, `${topic}.dlq`);
    await produceUnsigned(kafka, topic, [{ key: real.id, value: value.replace('"paguIndikatif":1000000', '"paguIndikatif":999000000000'), headers }]);

    expect((await deadLetterOf(real.id, from)).headers?.[DLQ_HEADERS.errorCode]?.toString()).toBe('OWNER_SIGNATURE_INVALID');
  });

  it('holds: an owner-signed event replayed later (an older revision, signature and all) changes nothing', async () => {
    const first = aProposalState({ region: '81.72', status: 'agreed', revision: 1, paguIndikatif: 5_000_000 });
    const second = { ...first, revision: 2, paguIndikatif: 7_000_000 };
    const firstValue = JSON.stringify(agreed(first));
    const captured = { key: first.id, value: firstValue, headers: testOwnerSigner(topic)!.headersFor(topic, first.id, firstValue) };
    await produceUnsigned(kafka, topic, [captured]);
    await produce(kafka, topic, [{ key: first.id, value: JSON.stringify(agreed(second)) }]);
    const pagu = async () => ((await publicList('81.72')) as { id: string; paguIndikatif?: number }[]).find((i) => i.id === first.id)?.paguIndikatif;
    await eventually(async () => (await pagu()) === 7_000_000);

    await produceUnsigned(kafka, topic, [captured]);
    await afterwards(first.id);
    expect(await pagu()).toBe(7_000_000);
  });
});
