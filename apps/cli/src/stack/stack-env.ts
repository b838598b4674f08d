import { join } from 'node:path';
import { selarasHome } from './paths';
import { localJwtSecret } from './secrets';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/selaras';
export const DEFAULT_BROKERS = '127.0.0.1:9092';

/** The environment every process of the local stack gets; the same names as docker-compose.yml and deploy/. */
export function stackEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    DATABASE_URL: env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    KAFKA_BROKERS: env.KAFKA_BROKERS ?? DEFAULT_BROKERS,
    JWT_SECRET: localJwtSecret(env),
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
    // The owner keys of the local stack (issue 23), generated there by the first service to start.
    OWNER_KEYS_DIR: env.OWNER_KEYS_DIR ?? join(selarasHome(env), 'owner-keys'),
  };
}
