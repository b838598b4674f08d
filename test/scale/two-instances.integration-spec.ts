import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { aUsulan, ProposalStateV1, TOPICS } from '@selaras/contracts';
import { RegencyClient, UsulanChange } from '@selaras/regency-sdk';
import { ChildService, consumerLag, eventually, httpClient, publishEntries, spbeKoordinasiEntry, TEST_BROKERS, testDatabaseUrl, testKafka, testToken, registerApprovedKey } from '@selaras/testing';

/**
 * Horizontal scale: two instances of proposals and two of reporting share the consumer groups
 * of multi-partition topics; exactly one outbox relay per service publishes (advisory lock).
 * One instance of each is killed mid-stream; the survivors take over its partitions and the
 * relay, and the totals are exact.
 */
describe('two instances per service, one killed mid-stream', () => {
  const kafka = testKafka();
  const proposalsA = new ChildService('proposals-a', 'apps/proposals/src/main.ts', 4201);
  const proposalsB = new ChildService('proposals-b', 'apps/proposals/src/main.ts', 4202);
  const reportingA = new ChildService('reporting-a', 'apps/reporting/src/main.ts', 4203);
  const reportingB = new ChildService('reporting-b', 'apps/reporting/src/main.ts', 4204);
  const region = '81.05';
  const run = randomUUID().slice(0, 8);
  const USULAN = 300;

  beforeAll(async () => {
    await publishEntries(kafka, [spbeKoordinasiEntry()]);
    await Promise.all([proposalsA.start(), proposalsB.start(), reportingA.start(), reportingB.start()]);
  }, 240000);

  afterAll(async () => {
    await Promise.all([proposalsA, proposalsB, reportingA, reportingB].map((s) => s.stop()));
  });

  async function groupMembers(groupId: string): Promise<number> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([groupId]);
      return groups[0]?.members.length ?? 0;
    } finally {
      await admin.disconnect();
    }
  }

  it('keeps the totals exact when one instance of proposals and of reporting dies', async () => {
    await eventually(async () => (await groupMembers('proposals.inbound')) === 2, { timeoutMs: 60000 });
    const key = generateKeyPairSync('ed25519');
    const keyId = await eventually(() => registerApprovedKey(proposalsB.url, region, key.publicKey, 'scale test'));
    const regency = new RegencyClient({ region, kafka: { brokers: [TEST_BROKERS], key: { keyId, privateKey: key.privateKey } } });
    const changes: UsulanChange[] = Array.from({ length: USULAN }, (_, i) => {
      const { region: _r, ...fields } = aUsulan({ locations: [region], paguIndikatif: (i + 1) * 1_000_000 });
      return { ...fields, externalId: `scale-${run}-${i}`, status: 'submitted' } as UsulanChange;
    });

    for (let i = 0; i < USULAN; i += 25) {
      if (i === USULAN / 2) await Promise.all([proposalsA.kill(), reportingA.kill()]);
      await regency.publish(...changes.slice(i, i + 25).map((c) => regency.upsert(c)));
    }
    await regency.close();

    const coordinator = httpClient(reportingB.url, testToken('81', 'coordinator'));
    const seen = await eventually(async () => {
      const { body } = await coordinator.get<{ items: ProposalStateV1[]; total: number }>(`/v1/reports/proposals?region=${region}&year=2027&limit=1000`);
      const mine = body.items.filter((p) => p.externalId?.startsWith(`scale-${run}-`));
      return mine.length === USULAN ? mine : undefined;
    }, { timeoutMs: 180000, intervalMs: 500 });

    expect(new Set(seen.map((p) => p.externalId)).size).toBe(USULAN);
    expect(seen.every((p) => p.status === 'submitted' && p.revision === 1)).toBe(true);
    expect(seen.reduce((sum, p) => sum + p.paguIndikatif, 0)).toBe(changes.reduce((sum, c) => sum + c.paguIndikatif, 0));

    const db = new Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    try {
      expect((await db.query(`SELECT count(*)::int AS n FROM proposals.outbox WHERE published_at IS NULL`)).rows[0].n).toBe(0);
      const history = (await db.query(`SELECT count(*)::int AS n FROM proposals.usulan_history h JOIN proposals.usulan u ON u.id = h.usulan_id WHERE u.external_id LIKE $1`, [`scale-${run}-%`])).rows[0];
      // one canonical change per inbound event: arriving submitted is one `submitted`
      expect(history.n).toBe(USULAN);
    } finally {
      await db.end();
    }
    await eventually(async () => (await consumerLag(kafka, 'proposals.inbound', TOPICS.proposalsInbound.name)) === 0);
  }, 600000);
});
