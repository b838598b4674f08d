import { TopicSpec } from '@selaras/contracts';

/** The baseline's own topics, partitioned like the Selaras topics they stand in for. */
export const BASELINE_TOPICS = {
  inbound: { name: 'baseline.inbound', partitions: 6, producer: 'selaras bench (baseline pipeline)' },
  events: { name: 'baseline.events', partitions: 6, producer: 'selaras bench (baseline pipeline)' },
} as const satisfies Record<string, TopicSpec>;

export const BASELINE_TOPIC_SPECS: readonly TopicSpec[] = Object.values(BASELINE_TOPICS);

/** Header carrying the publish time (epoch ms) of a latency probe through the baseline. */
export const T0_HEADER = 'x-bench-t0';
