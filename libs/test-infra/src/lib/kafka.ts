import { randomUUID } from 'node:crypto';
import { Kafka, KafkaMessage, logLevel, Partitioners } from 'kafkajs';
import { TEST_BROKERS } from './test-env';

export function testKafka(): Kafka {
  return new Kafka({ brokers: [TEST_BROKERS], clientId: `test-${randomUUID().slice(0, 8)}`, logLevel: logLevel.NOTHING });
}

export async function produce(kafka: Kafka, topic: string, messages: { key: string | null; value: string | Buffer | null; headers?: Record<string, string> }[]): Promise<void> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

/** Reads a topic from the beginning until `until` is satisfied by what was read. */
/** Where each partition of a topic ends now: read from here to see only what comes next. */
export async function topicEnds(kafka: Kafka, topic: string): Promise<{ partition: number; offset: string }[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, offset: p.high }));
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads a topic until `until` holds, from the beginning or from the given offsets. A shared topic
 * (nomenclature.entries holds every catalog the specs before published) is best read from
 * `topicEnds` taken before the write: reading it whole took longer than the timeout.
 */
export async function readTopic(kafka: Kafka, topic: string, until: (messages: KafkaMessage[]) => boolean, timeoutMs = 30000, from?: { partition: number; offset: string }[]): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: `test-reader-${randomUUID()}` });
  const seen: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${topic}: condition not met after ${timeoutMs} ms (${seen.length} messages read)`)), timeoutMs);
      consumer.run({
        eachMessage: async ({ message }) => {
          seen.push(message);
          if (until(seen)) {
            clearTimeout(timer);
            resolve();
          }
        },
      }).then(() => {
        for (const { partition, offset } of from ?? []) consumer.seek({ topic, partition, offset });
      }).catch(reject);
    });
    return seen;
  } finally {
    await consumer.disconnect();
  }
}

/** Messages a consumer group has not committed yet, over all partitions of a topic. */
export async function consumerLag(kafka: Kafka, groupId: string, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return ends.reduce((lag, end) => {
      const done = committed.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
      return lag + Number(end.high) - Math.max(Number(done), Number(end.low));
    }, 0);
  } finally {
    await admin.disconnect();
  }
}
