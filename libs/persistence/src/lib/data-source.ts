import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { InboxEntity } from './inbox.entity';
import { OutboxEntity } from './outbox.entity';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface ServiceDataSourceConfig {
  url: string;
  /** The service's own schema; no service reads another's tables. */
  schema: string;
  entities: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations: (new () => unknown)[];
  /** Connections in the pool; small by default, the machines have two cores. */
  poolSize?: number;
  applicationName?: string;
}

/** TypeORM options of a service: its schema, its migrations, never `synchronize`. */
export function serviceDataSourceOptions(config: ServiceDataSourceConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.url,
    schema: config.schema,
    entities: [...(config.entities as unknown[]), OutboxEntity, InboxEntity] as DataSourceOptions['entities'],
    migrations: config.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: {
      max: config.poolSize ?? 10,
      application_name: config.applicationName ?? config.schema,
      connectionTimeoutMillis: 5000,
    },
  };
}

/**
 * Creates the schema if needed (TypeORM keeps its migrations table inside it, so it must
 * exist first), then runs pending migrations in one transaction each. Several instances of a
 * service may start at once: a session-level advisory lock per schema lets one migrate while
 * the others wait, then find nothing left to do.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${schema}`]);
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${schema}`]).catch(() => undefined);
    await lock.release();
  }
}
