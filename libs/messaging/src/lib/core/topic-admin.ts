import { Kafka } from 'kafkajs';
import { TopicSpec } from '@selaras/contracts';

/**
 * Creates the topics that do not exist yet, with their explicit partition counts; existing
 * topics are left as they are (a partition count is never changed on a live topic).
 */
export async function ensureTopics(kafka: Kafka, specs: readonly TopicSpec[], replicationFactor = 1): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((s) => !existing.has(s.name));
    if (missing.length === 0) return [];
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((s) => ({
        topic: s.name,
        numPartitions: s.partitions,
        replicationFactor,
        configEntries: s.compacted
          ? [
              { name: 'cleanup.policy', value: 'compact' },
              { name: 'min.cleanable.dirty.ratio', value: '0.1' },
            ]
          : [],
      })),
    });
    return missing.map((s) => s.name);
  } finally {
    await admin.disconnect();
  }
}
