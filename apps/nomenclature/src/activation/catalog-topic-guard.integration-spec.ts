import { TOPICS } from '@selaras/contracts';
import { ensureTopics } from '@selaras/messaging';
import { eventually, httpClient, readTopic, RunningService, startTestService, testKafka, testToken } from '@selaras/testing';
import { NomenclatureAppModule } from '../app.module';
import { NomenclatureConfig } from '../config';
import { CatalogTopicGuard } from './catalog-topic-guard.service';

describe(CatalogTopicGuard.name, () => {
  const kafka = testKafka();
  let service: RunningService | undefined;
  const start = () => startTestService(NomenclatureConfig, (c) => NomenclatureAppModule.register(c));

  afterAll(() => service?.close());

  async function topicOffsets() {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await admin.fetchTopicOffsets(TOPICS.nomenclatureEntries.name);
    } finally {
      await admin.disconnect();
    }
  }

  it('publishes the active catalog again when nomenclature.entries has lost its content', async () => {
    service = await start();
    const admin = httpClient(service.url, testToken('00', 'admin'));
    expect((await admin.post('/v1/nomenclature/versions/from-reference/sipd-2027')).status).toBeLessThan(300);
    expect((await admin.post('/v1/nomenclature/versions/sipd-2027/activate')).status).toBeLessThan(300);
    // Let the relay publish the whole catalog first, so nothing is left in the outbox to resend.
    await eventually(async () => (await topicOffsets()).reduce((n, p) => n + Number(p.high) - Number(p.low), 0) >= 7581, { timeoutMs: 60000 });
    await service.close();

    // The broker loses the topic (as a new local broker would have none of it). Kafka refuses
    // DeleteRecords on a compacted topic, so the topic is deleted and created empty again.
    const kafkaAdmin = kafka.admin();
    await kafkaAdmin.connect();
    try {
      await kafkaAdmin.deleteTopics({ topics: [TOPICS.nomenclatureEntries.name] });
      await eventually(async () => !(await kafkaAdmin.listTopics()).includes(TOPICS.nomenclatureEntries.name));
    } finally {
      await kafkaAdmin.disconnect();
    }
    await eventually(() => ensureTopics(kafka, [TOPICS.nomenclatureEntries]).then(() => true));
    expect((await topicOffsets()).every((p) => p.high === p.low)).toBe(true);

    service = await start();
    const messages = await readTopic(kafka, TOPICS.nomenclatureEntries.name, (ms) => ms.some((m) => m.key?.toString() === 'KABKOT:2.16.03.2.02.0041'), 60000);
    expect(messages.length).toBeGreaterThan(0);
  }, 180000);
});
