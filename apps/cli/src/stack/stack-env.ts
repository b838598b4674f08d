import { join } from 'node:path';
import { issuerOf } from './identity';
import { selarasHome } from './paths';
import { sharedSecretMode } from './tokens';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/selaras';
export const DEFAULT_BROKERS = '127.0.0.1:9092';

/** The environment every process of the local stack gets; the same names as docker-compose.yml and deploy/. */
export function stackEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (sharedSecretMode(env)) {
    // the test suites' stacks: their services verify the suites' shared-secret tokens
    return { ...env, DATABASE_URL: env.DATABASE_URL ?? DEFAULT_DATABASE_URL, KAFKA_BROKERS: env.KAFKA_BROKERS ?? DEFAULT_BROKERS, KAFKAJS_NO_PARTITIONER_WARNING: '1' };
  }
  const { JWT_SECRET: _unused, ...rest } = env;
  return {
    ...rest,
    DATABASE_URL: env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    KAFKA_BROKERS: env.KAFKA_BROKERS ?? DEFAULT_BROKERS,
    // the services trust the local Keycloak's demo realm (or a province's own issuer, when OIDC_ISSUER is set)
    OIDC_ISSUER: issuerOf(env),
    OIDC_AUDIENCE: env.OIDC_AUDIENCE ?? 'selaras-api',
    KEYCLOAK_PORT: env.KEYCLOAK_PORT ?? '18080',
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
    // The owner keys of the local stack (issue 23), generated there by the first service to start.
    OWNER_KEYS_DIR: env.OWNER_KEYS_DIR ?? join(selarasHome(env), 'owner-keys'),
  };
}
