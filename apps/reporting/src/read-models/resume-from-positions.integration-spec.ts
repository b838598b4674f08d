import { Client } from 'pg';
import { aProposalState, NomenclatureEntryV1 } from '@selaras/contracts';
import { eventually, freshDatabase, RunningService, startTestService, testKafka, testToken } from '@selaras/testing';
import { ReportingAppModule } from '../app.module';
import { ReportingConfig } from '../config';
import { getJson } from '../testing/http';
import { publishCatalog, publishProposals } from '../testing/publish-events';

/**
 * Real: Kafka broker, PostgreSQL, the reporting service. The read models' consumer groups are
 * named by generation (`reporting.proposal-projection.g1`), and generation 1 is the first of
 * *every* database. A deployment on another database (or a database restored from a backup)
 * joins groups whose committed offsets some other store moved on: it must still apply whatever
 * its own database has not, or its read models silently miss events. Before each projection
 * resumed from its own recorded positions, a live catalog kept 2,377 retired entries that a replay
 * did not have: the fault spec's reporting, on its own database, had consumed the tombstones.
 */
describe('read models resume from their own recorded positions, not the group offsets', () => {
  const kafka = testKafka();
  const coordinator = testToken('81', 'coordinator');
  const running: RunningService[] = [];
  let databases: { a: string; b: string };

  beforeAll(async () => {
    databases = { a: await freshDatabase('selaras_test_resume_a'), b: await freshDatabase('selaras_test_resume_b') };
  });

  afterAll(async () => {
    await Promise.all(running.map((s) => s.close()));
  });

  async function start(databaseUrl: string): Promise<RunningService> {
    const service = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c), { DATABASE_URL: databaseUrl });
    running.push(service);
    return service;
  }

  async function stop(service: RunningService): Promise<void> {
    running.splice(running.indexOf(service), 1);
    await service.close();
  }

  const hasUsulan = async (service: RunningService, id: string) => (await getJson(`${service.url}/v1/reports/proposals/${id}`, coordinator)).status === 200;

  it('a second database under the same groups gets every usulan, and the first still applies the tombstone the second consumed', async () => {
    const state = aProposalState({ region: '81.71' });
    const entry = anEntry(`9.${String(Date.now()).slice(-2)}.01.2.01.${String(Math.floor(Math.random() * 9000) + 1000)}`);

    const a = await start(databases.a);
    await publishProposals(kafka, [state]);
    await publishCatalog(kafka, [entry]);
    await eventually(async () => (await hasUsulan(a, state.id)) && (await catalogHas(databases.a, entry.code)));
    await stop(a);

    // The groups have committed past the usulan; database b has applied nothing of it.
    const b = await start(databases.b);
    await eventually(async () => (await hasUsulan(b, state.id)) && (await catalogHas(databases.b, entry.code)));
    await publishCatalog(kafka, [{ tombstone: `${entry.level}:${entry.code}` }]);
    await eventually(async () => !(await catalogHas(databases.b, entry.code)));
    await stop(b);

    // Now the groups have committed past the tombstone, which database a never saw.
    await start(databases.a);
    await eventually(async () => !(await catalogHas(databases.a, entry.code)));
  });

  function anEntry(code: string): NomenclatureEntryV1 {
    return {
      level: 'KABKOT', code, name: 'Sub kegiatan uji', bidangCode: '9.99', bidangName: 'Bidang uji', programCode: '9.99.01', programName: 'Program uji',
      kegiatanCode: '9.99.01.2.01', kegiatanName: 'Kegiatan uji', satuan: 'Dokumen', spm: false, versionId: 'uji-resume',
    };
  }
});

/** Whether the live generation's catalog in this database holds the code. */
async function catalogHas(databaseUrl: string, code: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT schema_name FROM "reporting"."read_model_generation" WHERE status = 'live'`);
    if (rows.length === 0) return false;
    const found = await client.query(`SELECT 1 FROM "${rows[0].schema_name}"."nomenclature_entry" WHERE code = $1`, [code]);
    return found.rowCount === 1;
  } finally {
    await client.end();
  }
}
