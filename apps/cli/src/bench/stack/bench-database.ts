import { Client } from 'pg';
import { BenchStackConfig, databaseUrlOf } from './bench-env';

/** Refuses names that could be someone's real data: the bench drops its database on every run. */
export function assertBenchDatabaseName(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes('bench')) {
    throw new Error(`refusing to recreate database "${name}": a bench database name must contain "bench"`);
  }
}

/** Drops and creates the bench database, so every run starts from nothing. */
export async function recreateBenchDatabase(config: BenchStackConfig): Promise<void> {
  assertBenchDatabaseName(config.database);
  const client = new Client({ connectionString: databaseUrlOf(config, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${config.database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${config.database}`);
  } finally {
    await client.end();
  }
}

/**
 * The server's version and the settings that change what a run measures: this machine's server
 * runs with autovacuum off (its CI configuration), a deployment's (postgres:16) with it on.
 */
export async function describePostgres(config: BenchStackConfig): Promise<string> {
  const client = new Client({ connectionString: databaseUrlOf(config, 'postgres') });
  await client.connect();
  try {
    const { rows: [server] } = await client.query(
      `SELECT current_setting('server_version') AS version, current_setting('autovacuum') AS autovacuum, current_setting('shared_buffers') AS shared_buffers`,
    );
    return `${server.version} with autovacuum ${server.autovacuum}, shared_buffers ${server.shared_buffers}`;
  } finally {
    await client.end();
  }
}

/**
 * VACUUM (ANALYZE) of the whole bench database: what autovacuum does in a deployment's
 * background, done while nothing else runs. Without it a figure paid for the one before: after
 * the replay (a read model of 250,000 usulan rebuilt from 1,000,000 events leaves ~650,000 dead
 * row versions, and nothing was analyzed) PostgreSQL spent 250 µs per usulan of the burst that
 * followed instead of 205 (bench/README.md, item 37). Returns the milliseconds it took.
 */
export async function vacuumBenchDatabase(config: BenchStackConfig): Promise<number> {
  assertBenchDatabaseName(config.database);
  const client = new Client({ connectionString: databaseUrlOf(config) });
  await client.connect();
  try {
    const started = Date.now();
    await client.query('VACUUM (ANALYZE)');
    return Date.now() - started;
  } finally {
    await client.end();
  }
}
