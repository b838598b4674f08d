import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { allTopicSpecs } from '@selaras/contracts';
import { createKafka, ensureTopics } from '@selaras/messaging';
import { recreateDatabase, REPO_ROOT, TEST_BROKERS, TEST_DATABASE, testEnv } from '@selaras/test-infra';

function run(script: string, args: string[]): void {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, script), ...args], { env: { ...process.env, ...testEnv() }, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed with exit code ${result.status}`);
}

/** Keycloak starts in the background (a first start takes a minute or more) while the broker and database are prepared. */
function startKeycloak(): Promise<void> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'deploy/keycloak/keycloak.mjs'), 'start'], { env: { ...process.env, ...testEnv() }, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`deploy/keycloak/keycloak.mjs start failed with exit code ${code}`))));
  });
}

/** Topic deletion is asynchronous; creating a topic of the same name too early fails. */
async function waitUntilGone(admin: ReturnType<Kafka['admin']>, topics: string[]): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const left = new Set(await admin.listTopics());
    if (!topics.some((t) => left.has(t))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('topics of the previous test run were not deleted within 10 s');
}

/**
 * Before the integration suite: the test broker runs, the test database is new, and the
 * topics and consumer groups of an earlier run are gone, so every run starts from nothing.
 * The test Keycloak runs too (its realm kept between runs, imported again when realm-selaras.json changed).
 */
export default async function globalSetup(): Promise<void> {
  Object.assign(process.env, testEnv());
  run('scripts/postgres.mjs', ['ensure', 'postgres']);
  const keycloak = startKeycloak();
  keycloak.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  run('deploy/kafka/kafka.mjs', ['start']);
  const admin = new Kafka({ brokers: [TEST_BROKERS], clientId: 'test-setup', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => !t.startsWith('__'));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30000 });
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId);
    if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
    await waitUntilGone(admin, topics);
  } finally {
    await admin.disconnect();
  }
  await ensureTopics(createKafka({ brokers: [TEST_BROKERS], clientId: 'test-setup' }), allTopicSpecs());
  run('scripts/postgres.mjs', ['ensure', 'postgres']);
  await recreateDatabase(TEST_DATABASE);
  await keycloak;
}
