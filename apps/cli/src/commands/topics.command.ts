import { Command } from 'commander';
import { Kafka, logLevel } from 'kafkajs';
import { CliError } from '../cli-error';
import { stackEnv } from '../stack/stack-env';

/** Topics with their message counts, and every consumer group with its lag per topic. */
export function topicsCommand(): Command {
  return new Command('topics').description('list topics and the lag of every consumer group').action(async () => {
    const env = stackEnv();
    const admin = new Kafka({ brokers: env.KAFKA_BROKERS!.split(','), clientId: 'selaras-cli', logLevel: logLevel.NOTHING, retry: { retries: 1 } }).admin();
    try {
      await admin.connect();
    } catch {
      throw new CliError(`Kafka does not answer at ${env.KAFKA_BROKERS}; start it with: selaras up`);
    }
    try {
      const topics = (await admin.listTopics()).filter((t) => !t.startsWith('__')).sort();
      const ends = new Map<string, { partition: number; high: string; low: string }[]>();
      for (const topic of topics) ends.set(topic, await admin.fetchTopicOffsets(topic));
      console.log('TOPIC'.padEnd(34), 'PARTITIONS', 'MESSAGES');
      for (const topic of topics) {
        const offsets = ends.get(topic)!;
        console.log(topic.padEnd(34), String(offsets.length).padStart(10), String(offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0)).padStart(8));
      }
      const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => !g.includes('.nomenclature-catalog.') && !g.startsWith('test-')).sort();
      console.log(`\n${'CONSUMER GROUP'.padEnd(40)} ${'TOPIC'.padEnd(26)} LAG`);
      for (const groupId of groups) {
        for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
          const lag = (ends.get(topic) ?? []).reduce((sum, end) => {
            const committed = partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
            return sum + Number(end.high) - Math.max(Number(committed), Number(end.low));
          }, 0);
          console.log(`${groupId.padEnd(40)} ${topic.padEnd(26)} ${lag}`);
        }
      }
    } finally {
      await admin.disconnect();
    }
  });
}
