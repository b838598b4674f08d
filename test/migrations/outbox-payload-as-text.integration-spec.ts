import { DataSource, QueryRunner } from 'typeorm';
import { testDatabaseUrl } from '@selaras/test-infra';
import { messagingTablesUp, outboxPayloadAsTextMigration } from '@selaras/persistence';

const SCHEMA = 'payloadtext';

/** The upgrade of a database that already has events in its outbox (jsonb), and back. */
describe('outboxPayloadAsTextMigration', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: testDatabaseUrl() });
    await dataSource.initialize();
    await dataSource.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await dataSource.query(`CREATE SCHEMA "${SCHEMA}"`);
    for (const sql of messagingTablesUp(SCHEMA)) await dataSource.query(sql);
  });

  afterAll(async () => {
    await dataSource.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await dataSource.destroy();
  });

  /** Runs one step of the migration on a query runner of its own. */
  const run = async (step: 'up' | 'down', migration: { up(q: QueryRunner): Promise<void>; down(q: QueryRunner): Promise<void> }) => {
    const runner = dataSource.createQueryRunner();
    try {
      await migration[step](runner);
    } finally {
      await runner.release();
    }
  };

  const payloadType = async () =>
    (await dataSource.query(`SELECT data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'outbox' AND column_name = 'payload'`, [SCHEMA]))[0].data_type;

  it('keeps every row, unpublished and tombstones included, turning each payload into its JSON text; down turns it back', async () => {
    await dataSource.query(
      `INSERT INTO "${SCHEMA}"."outbox" (topic, message_key, event_type, event_id, payload) VALUES
         ('t', 'k1', 'x.v1', '6f1c4d1e-0b7a-4f0e-9a53-1f2d3c4b5a69', '{"id": "6f1c4d1e-0b7a-4f0e-9a53-1f2d3c4b5a69", "data": {"pagu": 1500000}}'),
         ('t', 'k2', NULL, NULL, NULL)`,
    );
    const Migration = outboxPayloadAsTextMigration(SCHEMA);
    const migration = new Migration();
    expect(migration.name).toMatch(/\d{13}$/); // TypeORM orders migrations by the timestamp the name ends with

    await run('up', migration);
    expect(await payloadType()).toBe('text');
    const rows = await dataSource.query(`SELECT message_key, payload FROM "${SCHEMA}"."outbox" ORDER BY id`);
    expect(rows).toEqual([
      { message_key: 'k1', payload: '{"id": "6f1c4d1e-0b7a-4f0e-9a53-1f2d3c4b5a69", "data": {"pagu": 1500000}}' },
      { message_key: 'k2', payload: null },
    ]);
    expect(JSON.parse(rows[0].payload)).toEqual({ id: '6f1c4d1e-0b7a-4f0e-9a53-1f2d3c4b5a69', data: { pagu: 1500000 } });

    await run('down', migration);
    expect(await payloadType()).toBe('jsonb');
    expect((await dataSource.query(`SELECT payload->'data'->>'pagu' AS pagu FROM "${SCHEMA}"."outbox" WHERE message_key = 'k1'`))[0].pagu).toBe('1500000');
  });
});
