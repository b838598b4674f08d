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

export async function postgresVersion(config: BenchStackConfig): Promise<string> {
  const client = new Client({ connectionString: databaseUrlOf(config, 'postgres') });
  await client.connect();
  try {
    return (await client.query('SHOW server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
}
