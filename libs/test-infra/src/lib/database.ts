import { Client } from 'pg';
import { testDatabaseUrl } from './test-env';

/**
 * A database of its own for a spec whose assertions need a state nobody else touched (the
 * nomenclature spec's first import must be new): dropped and created again, on the test server.
 * Every other spec shares `selaras_test`, so what ran before must not decide what this one sees.
 */
export async function freshDatabase(name: string): Promise<string> {
  if (!/^selaras_test_[a-z_]+$/.test(name)) throw new Error(`a spec's own database is named selaras_test_<name>, not ${name}`);
  await recreateDatabase(name);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the database (closing its connections) and creates it empty, on the test server. */
export async function recreateDatabase(name: string): Promise<void> {
  const server = new URL(testDatabaseUrl());
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Runs `query` on a connection of its own to the test database (`selaras_test`), closed afterwards. */
export async function withTestDatabase<T>(query: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: testDatabaseUrl() });
  await db.connect();
  try {
    return await query(db);
  } finally {
    await db.end();
  }
}
