import { Admin, Kafka } from 'kafkajs';
import { Gauge } from 'prom-client';
import { messagingMetricsRegistry } from './messaging-metrics';

/** A running consumer group of this process, as the lag sampler and the readiness check see it. */
export interface ObservedConsumer {
  groupId: string;
  topics: readonly string[];
  kafka: Kafka;
  /** Every kafkajs consumer of the group in this process has joined (not joining, not rebalancing). */
  joined(): boolean;
}

const observed = new Set<ObservedConsumer>();

/** Adds a consumer to what `/metrics` and `/health/ready` look at; the returned function removes it. */
export function observeConsumer(consumer: ObservedConsumer): () => void {
  observed.add(consumer);
  return () => observed.delete(consumer);
}

/** Groups of this process whose consumers are joining or rebalancing: the service is not ready. */
export function joiningConsumerGroups(): string[] {
  return [...observed].filter((c) => !c.joined()).map((c) => c.groupId);
}

/** How long a scrape waits for the broker's offsets before leaving the lag out. */
const LAG_SAMPLE_TIMEOUT_MS = 3000;

export interface LagSample {
  groupId: string;
  topic: string;
  partition: number;
  lag: number;
}

/**
 * Lag per group and partition from the broker's offsets, sampled when Prometheus scrapes: the
 * high watermark minus the group's committed offset (the log start when it has committed none).
 * Nothing is counted per message. An admin client is opened per sample and closed again, so a
 * stopped service keeps no broker connection for it.
 */
export async function sampleConsumerLag(): Promise<LagSample[]> {
  const byKafka = new Map<Kafka, ObservedConsumer[]>();
  for (const c of observed) byKafka.set(c.kafka, [...(byKafka.get(c.kafka) ?? []), c]);
  const samples: LagSample[] = [];
  for (const [kafka, consumers] of byKafka) {
    const admin = kafka.admin({ retry: { retries: 0 } });
    try {
      await admin.connect();
      samples.push(...(await lagOf(admin, consumers)));
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
  return samples;
}

/** Lag of each observed group from one admin client: exported for its spec. */
export async function lagOf(admin: Pick<Admin, 'fetchTopicOffsets' | 'fetchOffsets'>, consumers: readonly ObservedConsumer[]): Promise<LagSample[]> {
  const ends = new Map<string, Map<number, { low: bigint; high: bigint }>>();
  for (const topic of new Set(consumers.flatMap((c) => c.topics))) {
    const offsets = await admin.fetchTopicOffsets(topic);
    ends.set(topic, new Map(offsets.map((o) => [o.partition, { low: BigInt(o.low), high: BigInt(o.high) }])));
  }
  const samples: LagSample[] = [];
  for (const consumer of consumers) {
    const committed = await admin.fetchOffsets({ groupId: consumer.groupId, topics: [...consumer.topics] });
    for (const { topic, partitions } of committed) {
      for (const { partition, offset } of partitions) {
        const end = ends.get(topic)?.get(partition);
        if (!end) continue;
        const from = BigInt(offset) < 0n ? end.low : BigInt(offset);
        samples.push({ groupId: consumer.groupId, topic, partition, lag: Number(end.high > from ? end.high - from : 0n) });
      }
    }
  }
  return samples;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const consumerLag = new Gauge({
  name: 'selaras_consumer_lag',
  help: 'Messages not yet consumed per consumer group and partition (high watermark minus committed offset), sampled from the broker at scrape time',
  labelNames: ['group', 'topic', 'partition'] as const,
  registers: [messagingMetricsRegistry],
  async collect() {
    // A broker that does not answer leaves the lag out of this scrape rather than hanging it;
    // the alert rules treat an absent series through `selaras_consumer_lag_sample_ok`.
    this.reset();
    try {
      const samples = await withTimeout(sampleConsumerLag(), LAG_SAMPLE_TIMEOUT_MS);
      for (const s of samples) this.set({ group: s.groupId, topic: s.topic, partition: String(s.partition) }, s.lag);
      lagSampleOk.set(1);
    } catch {
      lagSampleOk.set(0);
    }
  },
});

const lagSampleOk = new Gauge({
  name: 'selaras_consumer_lag_sample_ok',
  help: '1 when the last scrape read the consumer offsets from the broker, 0 when it could not',
  registers: [messagingMetricsRegistry],
});

export const consumerGroupJoined = new Gauge({
  name: 'selaras_consumer_group_joined',
  help: '1 when every kafkajs consumer of the group in this process has joined it, 0 while joining or rebalancing',
  labelNames: ['group'] as const,
  registers: [messagingMetricsRegistry],
  collect() {
    this.reset();
    for (const c of observed) this.set({ group: c.groupId }, c.joined() ? 1 : 0);
  },
});
