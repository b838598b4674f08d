import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { allTopicSpecs, TopicSpec } from '@selaras/contracts';
import { createKafka, ensureTopics } from '@selaras/messaging';
import { runInfraScript } from '../../stack/process-manager';
import { BenchStackConfig } from './bench-env';

/**
 * The bench's own broker (deploy/kafka, under the bench's SELARAS_HOME and port). Its data
 * directory is wiped before it starts: topics from a previous run would be replayed too, and
 * deleting a gigabyte of topics through the admin API is slower and asynchronous.
 */
export function startFreshBroker(config: BenchStackConfig, env: Record<string, string>): void {
  const infraEnv = { ...process.env, ...env };
  runInfraScript('deploy/kafka/kafka.mjs', ['stop'], infraEnv, true);
  rmSync(join(config.home, 'kafka', 'data'), { recursive: true, force: true });
  const started = runInfraScript('deploy/kafka/kafka.mjs', ['start'], infraEnv, true);
  if (!started.ok) throw new Error(`the bench broker did not start:\n${started.output.slice(-2000)}`);
}

/** The bench broker's JVM (deploy/kafka writes its pid there), if it is running. */
export function brokerPid(config: BenchStackConfig): number | undefined {
  try {
    const pid = Number(readFileSync(join(config.home, 'kafka', 'kafka.pid'), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function stopBroker(env: Record<string, string>): void {
  runInfraScript('deploy/kafka/kafka.mjs', ['stop'], { ...process.env, ...env }, true);
}

/** Every Selaras topic plus the baseline pipeline's own, with the same partition counts. */
export async function createBenchTopics(brokers: string, extra: readonly TopicSpec[]): Promise<void> {
  await ensureTopics(createKafka({ brokers: [brokers], clientId: 'selaras-bench-setup' }), [...allTopicSpecs(), ...extra]);
}
