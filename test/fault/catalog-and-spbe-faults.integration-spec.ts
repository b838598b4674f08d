import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { allTopicSpecs } from '@selaras/contracts';
import { createKafka, ensureTopics } from '@selaras/messaging';
import { ChildService, eventually, freshDatabase, httpClient, TEST_HOME, TEST_KAFKA_PORT, testToken } from '@selaras/testing';
import { infra } from '../support/stack-control';

/**
 * The no-loss spec kills proposals and reporting under a stream of usulan; this one kills the two
 * other services while their own events flow: nomenclature while its relay publishes a whole
 * catalog (the 7,581 entries of the 2027 reference), spbe-indicators while regions record their
 * SPBE levels. Afterwards reporting's catalog is exactly nomenclature's (count and checksum),
 * every level change is recorded once although the requests the kill cut were sent again, every
 * region's index in reporting is the one spbe-indicators computes, and neither outbox holds
 * anything.
 *
 * Its own broker (TEST_KAFKA_PORT + 300, data wiped first) and its own database: the shared test
 * broker already carries the reference catalog (other specs publish it), so there the catalog
 * would reach reporting whether or not this nomenclature published it, and the check could not fail.
 */
describe('catalog and SPBE events through kill -9 of nomenclature and spbe-indicators', () => {
  const kafkaPort = TEST_KAFKA_PORT + 300;
  const brokerEnv = { SELARAS_HOME: join(TEST_HOME, 'faults-broker'), KAFKA_PORT: String(kafkaPort) };
  // The last year under PermenPANRB 59/2020, whose 47 indicators this spec records (Indeks Pemdi, 20, from 2026).
  const YEAR = 2025;
  const REGIONS = ['81.01', '81.02', '81.03', '81.04', '81.71', '81.72'];
  const INDICATORS = 47;
  let db: Client;
  let nomenclature: ChildService;
  let spbe: ChildService;
  let reporting: ChildService;

  beforeAll(async () => {
    infra('deploy/kafka/kafka.mjs', 'stop', brokerEnv);
    rmSync(join(brokerEnv.SELARAS_HOME, 'kafka', 'data'), { recursive: true, force: true });
    infra('deploy/kafka/kafka.mjs', 'start', brokerEnv);
    const brokers = `127.0.0.1:${kafkaPort}`;
    await ensureTopics(createKafka({ brokers: [brokers], clientId: 'faults-setup' }), allTopicSpecs());
    const databaseUrl = await freshDatabase('selaras_test_faults_catalog_spbe');
    const env = { DATABASE_URL: databaseUrl, KAFKA_BROKERS: brokers, KAFKA_PORT: String(kafkaPort) };
    nomenclature = new ChildService('faults-nomenclature', 'apps/nomenclature/src/main.ts', 4132, env);
    spbe = new ChildService('faults-spbe-indicators', 'apps/spbe-indicators/src/main.ts', 4133, env);
    reporting = new ChildService('faults-reporting', 'apps/reporting/src/main.ts', 4134, env);
    await Promise.all([nomenclature.start(), spbe.start(), reporting.start()]);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  }, 240000);

  afterAll(async () => {
    await db?.end();
    await Promise.all([nomenclature?.stop(), spbe?.stop(), reporting?.stop()]);
    infra('deploy/kafka/kafka.mjs', 'stop', brokerEnv);
  });

  /** Published and all rows of a service's outbox. */
  async function outbox(schema: string): Promise<{ published: number; total: number }> {
    const { rows } = await db.query(`SELECT count(published_at)::int AS published, count(*)::int AS total FROM "${schema}"."outbox"`);
    return rows[0];
  }

  it('reporting ends with exactly the published catalog and every region\'s SPBE index, nothing left in an outbox', async () => {
    // Nomenclature: the whole catalog goes into its outbox with the activation; it is killed once
    // its relay has published two of its batches of 500 (rows sent and not yet marked are sent again).
    const admin = httpClient(nomenclature.url, testToken('00', 'admin'));
    const imported = await admin.post<{ version: { id: string } }>('/v1/nomenclature/versions/from-reference/sipd-2027');
    expect(imported.status).toBe(201);
    const activated = await admin.post(`/v1/nomenclature/versions/${imported.body.version.id}/activate`);
    expect(activated.status).toBeLessThan(300);
    await eventually(async () => (await outbox('nomenclature')).published >= 1000, { timeoutMs: 30000, intervalMs: 5 });
    await nomenclature.kill();
    const atKill = await outbox('nomenclature');
    await nomenclature.start();

    // SPBE: every region records all 47 levels, then a wave of changes is sent at once and
    // spbe-indicators is killed while it is in flight. Whatever failed is sent again after the
    // restart: recording a level again with the same value changes nothing.
    const clients = new Map(REGIONS.map((region) => [region, httpClient(spbe.url, testToken(region, 'bappeda'))]));
    for (const [region, client] of clients) {
      const levels = Array.from({ length: INDICATORS }, (_, i) => ({ no: i + 1, level: 3 }));
      expect((await client.put(`/v1/spbe/assessments/${region}/${YEAR}`, { kind: 'self', levels })).status).toBe(200);
    }
    const wave = REGIONS.flatMap((region, r) => Array.from({ length: 20 }, (_, i) => ({ region, no: ((i * 7 + r) % INDICATORS) + 1, level: ((i + r) % 5) + 1 })));
    const record = (c: (typeof wave)[number]) => clients.get(c.region)!.put(`/v1/spbe/assessments/${c.region}/${YEAR}/indicators/${c.no}`, { kind: 'self', level: c.level });
    const before = (await outbox('spbe')).total;
    const inFlight = Promise.allSettled(wave.map(record));
    await eventually(async () => (await outbox('spbe')).total >= before + 10, { timeoutMs: 30000, intervalMs: 5 });
    await spbe.kill();
    const outcomes = await inFlight;
    await spbe.start();
    const failed = wave.filter((_, i) => outcomes[i].status === 'rejected' || (outcomes[i] as PromiseFulfilledResult<{ status: number }>).value.status !== 200);
    for (const change of failed) expect((await record(change)).status).toBe(200);

    // Reporting's catalog is nomenclature's active catalog, entry for entry.
    // Count and checksum of a catalog's entries (level, code, name), wherever they are kept.
    const catalogOf = async (from: string, ...params: string[]) =>
      (await db.query(`SELECT count(*)::int AS n, md5(string_agg(level || ':' || code || ':' || name, '|' ORDER BY level, code)) AS checksum FROM ${from}`, params))
        .rows[0] as { n: number; checksum: string };
    const published = await catalogOf('nomenclature.entry WHERE version_id = $1', imported.body.version.id);
    expect(published.n).toBe(7581);
    const live = (await db.query(`SELECT schema_name FROM reporting.read_model_generation WHERE status = 'live'`)).rows[0].schema_name as string;
    await eventually(async () => {
      const projected = await catalogOf(`"${live}".nomenclature_entry`);
      return projected.n === published.n && projected.checksum === published.checksum;
    }, { timeoutMs: 120000, intervalMs: 500 });

    // Every level change was recorded once, the ones sent again included: 47 first levels, then
    // each change of the wave to a level other than 3.
    for (const [region, client] of clients) {
      const { body: history } = await client.get<unknown[]>(`/v1/spbe/assessments/${region}/${YEAR}/history?kind=self`);
      expect({ region, changes: history.length }).toEqual({ region, changes: INDICATORS + wave.filter((c) => c.region === region && c.level !== 3).length });
    }

    // Every region's index in reporting is the one spbe-indicators computes from its levels.
    const expected = new Map<string, string>();
    for (const [region, client] of clients) {
      const { body } = await client.get<{ complete: boolean; indexText: string }>(`/v1/spbe/assessments/${region}/${YEAR}?kind=self`);
      expect(body.complete).toBe(true);
      expected.set(region, body.indexText);
    }
    await eventually(async () => {
      const { rows } = await db.query(`SELECT region, index_text FROM "${live}".spbe_index WHERE year = $1 AND kind = 'self'`, [YEAR]);
      return rows.length === REGIONS.length && rows.every((r: { region: string; index_text: string }) => expected.get(r.region) === r.index_text);
    }, { timeoutMs: 60000, intervalMs: 500 });

    // Nothing stuck: both outboxes are drained, the catalog's rows all of them.
    expect(atKill.total).toBeGreaterThanOrEqual(7581);
    await eventually(async () => {
      const [catalog, levels] = await Promise.all([outbox('nomenclature'), outbox('spbe')]);
      return catalog.published === catalog.total && levels.published === levels.total;
    }, { timeoutMs: 30000, intervalMs: 250 });
  }, 600000);
});
