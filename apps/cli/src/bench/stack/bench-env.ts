import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { issuerOf } from '../../stack/identity';
import { REPO_ROOT } from '../../stack/paths';

/**
 * Where a bench stack lives. It is never the developer's stack (`npm start`): its own
 * SELARAS_HOME (broker data and logs), its own broker port and its own database, recreated on
 * every run, so a benchmark can neither read nor damage anybody's data.
 */
export interface BenchStackConfig {
  /** SELARAS_HOME of the bench: broker state, service logs. */
  home: string;
  kafkaPort: number;
  /** Recreated on every run; must not be a database anybody else uses. */
  database: string;
  /** The PostgreSQL server (any database path is ignored). */
  serverUrl: string;
  /** Services listen on basePort + 1 (proposals), + 2 (nomenclature), + 3 (spbe-indicators), + 4 (reporting). */
  basePort: number;
}

export function defaultBenchStack(env: NodeJS.ProcessEnv = process.env): BenchStackConfig {
  return {
    home: join(REPO_ROOT, '.selaras', 'bench'),
    kafkaPort: 49092,
    database: 'selaras_bench',
    serverUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    basePort: 4400,
  };
}

export function databaseUrlOf(config: BenchStackConfig, database = config.database): string {
  const url = new URL(config.serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The owner keys of the bench stack (issue 23): its services sign with them, and so does the replay figure that stands in for proposals. */
export function benchOwnerKeysDir(config: BenchStackConfig): string {
  return join(config.home, 'owner-keys');
}

/**
 * The environment of every process of the bench stack (services, the baseline, infra scripts).
 * Its services trust the developer stack's Keycloak (started if needed); inside the test suite
 * (the bench smoke spec, NODE_ENV=test) a shared secret of its own instead.
 */
export function benchProcessEnv(config: BenchStackConfig, processEnv: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const auth: Record<string, string> =
    processEnv.NODE_ENV === 'test'
      ? { NODE_ENV: 'test', JWT_SECRET: randomBytes(24).toString('base64url') }
      : { OIDC_ISSUER: issuerOf(processEnv), OIDC_AUDIENCE: processEnv.OIDC_AUDIENCE ?? 'selaras-api' };
  return {
    ...auth,
    SELARAS_HOME: config.home,
    OWNER_KEYS_DIR: benchOwnerKeysDir(config),
    // The bench measures throughput from one address, not the rate limits.
    RATE_LIMIT_SUBJECT_PER_MINUTE: '1000000',
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
    KAFKA_PORT: String(config.kafkaPort),
    KAFKA_BROKERS: `127.0.0.1:${config.kafkaPort}`,
    DATABASE_URL: databaseUrlOf(config),
    LOG_LEVEL: 'warn',
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
  };
}
