import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { Pool } from 'pg';
import { BASELINE_TOPICS } from './baseline-topics';
import { applyInbound } from './inbound-stage';
import { applyProjection } from './projection-stage';
import { startRawConsumer } from './raw-consumer';

/**
 * The baseline pipeline of `selaras bench`: the same work as Selaras' event path, written with
 * kafkajs and node-postgres alone, in its own process so its memory is measured like a
 * service's. It talks to the bench over stdout, one JSON object per line.
 *
 *   pipeline           baseline.inbound → baseline.usulan → baseline.events → baseline.proposal_view
 *   replay <topic>     <topic> from the beginning into baseline.replay_view, then exit
 */
const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function main(): Promise<void> {
  const [mode, topic] = process.argv.slice(2);
  const kafka = new Kafka({ brokers: process.env.KAFKA_BROKERS!.split(','), clientId: 'selaras-bench-baseline', logLevel: logLevel.ERROR });
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  if (mode === 'pipeline') await pipeline(kafka, pool);
  else if (mode === 'replay') await replay(kafka, pool, topic);
  else throw new Error(`unknown mode ${mode}`);
}

async function pipeline(kafka: Kafka, pool: Pool): Promise<void> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  await startRawConsumer(kafka, { groupId: `baseline.inbound.${randomUUID()}`, topics: [BASELINE_TOPICS.inbound.name], handle: (_t, _p, messages) => applyInbound(pool, producer, messages) });
  await startRawConsumer(kafka, {
    groupId: `baseline.projection.${randomUUID()}`,
    topics: [BASELINE_TOPICS.events.name],
    handle: async (_t, _p, messages) => {
      const latencies = await applyProjection(pool, 'proposal_view', messages);
      if (latencies.length > 0) say({ latencies });
    },
  });
  say({ ready: true });
}

/** Reads `topic` up to the high watermarks it had at the start, then reports events and seconds. */
async function replay(kafka: Kafka, pool: Pool, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  const marks = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)]));
  await admin.disconnect();
  const total = [...marks.values()].reduce((sum, high) => sum + Number(high), 0);
  const started = Date.now();
  let applied = 0;
  const done = new Map<number, bigint>();
  let finished = false;
  await startRawConsumer(kafka, {
    groupId: `baseline.replay.${randomUUID()}`,
    topics: [topic],
    handle: async (_t, partition, messages) => {
      await applyProjection(pool, 'replay_view', messages);
      applied += messages.length;
      done.set(partition, BigInt(messages[messages.length - 1].offset) + 1n);
      if (!finished && [...marks].every(([p, high]) => (done.get(p) ?? 0n) >= high)) {
        finished = true;
        say({ replayed: applied, total, seconds: (Date.now() - started) / 1000 });
        // The group is thrown away: nothing to commit or leave cleanly.
        setImmediate(() => process.exit(0));
      }
    },
  });
  if (total === 0) say({ replayed: 0, total, seconds: 0 });
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
