import { join } from 'node:path';

/** The test stack is apart from the developer's (`npm start`): its own broker port and database. */
// Overridable so two suites can run side by side on one machine (each with its own broker and database).
export const TEST_KAFKA_PORT = Number(process.env.TEST_KAFKA_PORT ?? 19092);
export const TEST_BROKERS = `127.0.0.1:${TEST_KAFKA_PORT}`;
export const TEST_DATABASE = process.env.TEST_DATABASE ?? 'selaras_test';
/** The test Keycloak: its own port (derived from the broker's, so side-by-side suites differ) and its own database. */
export const TEST_KEYCLOAK_PORT = Number(process.env.TEST_KEYCLOAK_PORT ?? TEST_KAFKA_PORT - 900);
export const TEST_KEYCLOAK_DATABASE = `${TEST_DATABASE}_keycloak`;
export const TEST_ISSUER = `http://127.0.0.1:${TEST_KEYCLOAK_PORT}/realms/selaras`;
export const TEST_JWT_SECRET = 'selaras-test-secret-0123456789';
export const REPO_ROOT = join(__dirname, '../../../..');
export const TEST_HOME = join(REPO_ROOT, '.selaras', TEST_KAFKA_PORT === 19092 ? 'test' : `test-${TEST_KAFKA_PORT}`);

/** The owner keys of the test stack (issue 23): services sign with them, `produce` signs owned-topic messages with them as their owner would. */
export const TEST_OWNER_KEYS_DIR = join(TEST_HOME, 'owner-keys');

export function testDatabaseUrl(): string {
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/selaras';
  const url = new URL(base);
  url.pathname = `/${TEST_DATABASE}`;
  return url.toString();
}

/** Environment for services and scripts started by tests. */
export function testEnv(): Record<string, string> {
  return {
    DATABASE_URL: testDatabaseUrl(),
    KAFKA_BROKERS: TEST_BROKERS,
    // the shared-secret tokens of testToken(): services accept them only under NODE_ENV=test
    JWT_SECRET: TEST_JWT_SECRET,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    SELARAS_HOME: TEST_HOME,
    OWNER_KEYS_DIR: TEST_OWNER_KEYS_DIR,
    // Specs call from one address far faster than people do; test/security sets its own limits.
    RATE_LIMIT_SUBJECT_PER_MINUTE: '1000000',
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
    KAFKA_PORT: String(TEST_KAFKA_PORT),
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
    KEYCLOAK_PORT: String(TEST_KEYCLOAK_PORT),
    KEYCLOAK_DATABASE: TEST_KEYCLOAK_DATABASE,
    // Reporting forwards the dashboard's actions to these; a spec that wants them passes its
    // services' URLs. By default a closed port, never a stack running on the default ports.
    PROPOSALS_URL: 'http://127.0.0.1:9',
    SPBE_URL: 'http://127.0.0.1:9',
  };
}

/** Overrides for a service that verifies the test Keycloak's tokens instead of the shared secret. */
export function keycloakServiceEnv(): Record<string, string> {
  return { OIDC_ISSUER: TEST_ISSUER, OIDC_AUDIENCE: 'selaras-api', JWT_SECRET: '' };
}
