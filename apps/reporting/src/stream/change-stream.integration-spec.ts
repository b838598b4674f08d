import { aProposalState, ProposalStateV1 } from '@selaras/contracts';
import { eventually, RunningService, startTestService, testKafka, testToken, withTestDatabase } from '@selaras/testing';
import { ReportingAppModule } from '../app.module';
import { ReportingConfig } from '../config';
import { publishProposals } from '../testing/publish-events';
import { SseClient, SseMessage } from '../testing/sse-client';

/** Real: Kafka, PostgreSQL (change log, LISTEN/NOTIFY), the reporting service over HTTP. */
describe('live stream of read-model changes', () => {
  const YEAR = 2043;
  const token = testToken('82', 'coordinator');
  let reporting: RunningService;
  const kafka = testKafka();
  const ternate = (overrides: Partial<ProposalStateV1> = {}) => aProposalState({ region: '82.71', locations: ['82.71'], year: YEAR, ...overrides });
  const about = (usulan: ProposalStateV1) => (m: SseMessage) => m.event === 'change' && (m.data as { id?: string }).id === usulan.id;

  beforeAll(async () => {
    // Changes older than a day leave the change log, checked every second (a week and every ten minutes by default).
    reporting = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c), { STREAM_HEARTBEAT_MS: '1000', CHANGE_LOG_RETENTION_HOURS: '24', CHANGE_LOG_PRUNE_INTERVAL_MS: '1000' });
  });

  afterAll(async () => {
    await reporting?.close();
  });

  it('delivers a change, then resumes after Last-Event-ID with every change missed and nothing twice', async () => {
    const first = await SseClient.open(`${reporting.url}/v1/stream?province=82`, { authorization: `Bearer ${token}` });
    expect(first.status).toBe(200);
    await first.next((m) => m.comment === 'terhubung');
    const one = ternate();
    await publishProposals(kafka, [one]);
    const seen = await first.next(about(one));
    expect(seen.data).toMatchObject({ kind: 'proposal', province: '82', region: '82.71', year: YEAR, status: 'draft', revision: 1, type: 'proposals.proposal.drafted.v1' });
    first.close();

    const missed = [ternate({ region: '82.72', locations: ['82.72'] }), ternate({ paguIndikatif: 1 })];
    await publishProposals(kafka, [...missed, aProposalState({ region: '81.71', year: YEAR }), { ...one, status: 'submitted', revision: 2 }]);
    const second = await SseClient.open(`${reporting.url}/v1/stream?province=82&access_token=${token}`, { 'last-event-id': seen.id! });
    await Promise.all([...missed.map((u) => second.next(about(u))), second.next((m) => about(one)(m) && (m.data as { revision: number }).revision === 2)]);
    const live = ternate({ stage: 'penetapan' });
    await publishProposals(kafka, [live]);
    await second.next(about(live));
    second.close();

    const ids = second.changes().map((m) => BigInt(m.id!));
    expect(ids.every((id, i) => id > BigInt(seen.id!) && (i === 0 || id > ids[i - 1]))).toBe(true);
    // Catalog changes (province null) reach every province's stream; a spec before this one may
    // have republished the catalog, so only the usulan changes are counted here.
    const usulanChanges = second.changes().filter((m) => (m.data as { kind: string }).kind === 'proposal');
    expect(usulanChanges.map((m) => (m.data as { id: string }).id).sort()).toEqual([...missed, one, live].map((u) => u.id).sort());
    expect(usulanChanges.every((m) => (m.data as { province: string }).province === '82')).toBe(true);
    expect(second.changes().every((m) => [null, '82'].includes((m.data as { province: string | null }).province))).toBe(true);
  });

  it('sends a page whose ids cross a power of ten in numeric order, skipping none', async () => {
    // Ids 98, 99, 100 once sorted as text ("100" < "98"): the client moved past 98 and 99.
    const { from, inserted } = await withTestDatabase(async (db) => {
      const [{ seq }] = (await db.query(`SELECT pg_get_serial_sequence('reporting.change_log', 'id') AS seq`)).rows;
      const [{ next }] = (await db.query(`SELECT nextval($1)::text AS next`, [seq])).rows;
      const start = 10n ** BigInt(next.length) - 3n;
      await db.query(`SELECT setval($1, $2)`, [seq, start.toString()]);
      const { rows } = await db.query(
        `INSERT INTO reporting.change_log (event_id, province, region, year, kind, data)
         SELECT gen_random_uuid(), '82', '82.71', $1, 'proposal', jsonb_build_object('n', n) FROM generate_series(1, 6) AS n
         RETURNING id`,
        [YEAR],
      );
      return { from: start, inserted: rows.map((r: { id: string }) => BigInt(r.id)).sort((a: bigint, b: bigint) => (a < b ? -1 : 1)).map(String) };
    });
    const client = await SseClient.open(`${reporting.url}/v1/stream?province=82&access_token=${token}`, { 'last-event-id': from.toString() });
    await client.next((m) => m.id === inserted[inserted.length - 1]);
    client.close();
    // Changes the live projections log meanwhile (a catalog reaches every province) may come between.
    expect(client.changes().map((m) => m.id!).filter((id) => inserted.includes(id))).toEqual(inserted);
    expect(inserted.some((id) => id.length > from.toString().length)).toBe(true);
  });

  it('prunes changes past their retention; a client resuming from before them is told to resync, then gets what follows', async () => {
    const expired = await insertChanges(3, "now() - interval '30 days'");
    const kept = await insertChanges(1, 'now()');
    const horizon = await eventually(async () => {
      const through = await withTestDatabase(async (db) => BigInt((await db.query(`SELECT pruned_through::text AS t FROM reporting.change_log_horizon`)).rows[0].t));
      return through >= expired[2] ? through : undefined;
    });
    expect(horizon).toBe(expired[2]);
    expect(await withTestDatabase(async (db) => (await db.query(`SELECT id::text FROM reporting.change_log WHERE id = ANY($1::bigint[])`, [[...expired, ...kept].map(String)])).rows.map((r: { id: string }) => r.id))).toEqual(kept.map(String));

    // A dashboard offline since before the horizon: told to reload, then it follows from there.
    const behind = await SseClient.open(`${reporting.url}/v1/stream?province=82&access_token=${token}`, { 'last-event-id': (expired[0] - 1n).toString() });
    const resync = await behind.next((m) => m.event === 'resync');
    expect(resync.id).toBe(horizon.toString());
    expect(resync.data).toMatchObject({ kind: 'resync', prunedThrough: horizon.toString() });
    await behind.next((m) => m.id === kept[0].toString());
    behind.close();
    expect(behind.changes().every((m) => BigInt(m.id!) > horizon)).toBe(true);

    // One that resumes from the horizon on is not.
    const current = await SseClient.open(`${reporting.url}/v1/stream?province=82&access_token=${token}`, { 'last-event-id': horizon.toString() });
    await current.next((m) => m.id === kept[0].toString());
    current.close();
    expect(current.messages.some((m) => m.event === 'resync')).toBe(false);
  });

  it('keeps an idle stream open with heartbeat comments', async () => {
    const client = await SseClient.open(`${reporting.url}/v1/stream?province=82`, { authorization: `Bearer ${token}` });
    await client.next((m) => m.comment?.startsWith('heartbeat') ?? false, 5000);
    client.close();
  });

  /** Changes of province 82 written straight into the change log, created at `createdAt` (SQL); their ids in order. */
  function insertChanges(n: number, createdAt: string): Promise<bigint[]> {
    return withTestDatabase(async (db) => {
      const { rows } = await db.query(
        `INSERT INTO reporting.change_log (event_id, province, region, year, kind, data, created_at)
         SELECT gen_random_uuid(), '82', '82.71', $1, 'proposal', jsonb_build_object('n', n), ${createdAt} FROM generate_series(1, $2::int) AS n
         RETURNING id::text`,
        [YEAR, n],
      );
      return rows.map((r: { id: string }) => BigInt(r.id)).sort((a: bigint, b: bigint) => (a < b ? -1 : 1));
    });
  }

  it('refuses a stream without a token or for another province', async () => {
    expect((await fetch(`${reporting.url}/v1/stream?province=82`)).status).toBe(401);
    const other = await fetch(`${reporting.url}/v1/stream?province=81&access_token=${token}`);
    expect(other.status).toBe(403);
    expect((await other.json()).code).toBe('REGION_FORBIDDEN');
  });
});
