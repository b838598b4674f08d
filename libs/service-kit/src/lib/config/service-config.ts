import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/**
 * Settings every service reads from the environment. Only config code reads `process.env`.
 * Names match `.env.example`, `docker-compose.yml` and `deploy/`.
 */
export class ServiceConfig {
  @IsString() @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/selaras';

  /** Comma-separated host:port list. */
  @IsString() @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port…]' })
  KAFKA_BROKERS = '127.0.0.1:9092';

  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'PORT must be an integer' }) @Min(1) @Max(65535)
  PORT!: number;

  @IsString() @IsNotEmpty() @MinLength(16, { message: 'JWT_SECRET must have at least 16 characters' })
  JWT_SECRET!: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Set to `false` on standby instances that must not run the outbox relay at all. */
  @IsIn(['true', 'false'])
  OUTBOX_RELAY = 'true';

  get kafkaBrokers(): string[] {
    return this.KAFKA_BROKERS.split(',');
  }
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Builds and validates a config class from the environment, with per-service defaults
 * (e.g. the port). Throws one error listing every bad variable, so a misconfigured service
 * stops at once with a message that says what to fix.
 */
export function loadConfig<T extends ServiceConfig>(cls: new () => T, env: NodeJS.ProcessEnv, defaults: Partial<Record<keyof T, unknown>> = {}): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(cls, { ...defaults, ...present }, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new ConfigError(`invalid configuration:\n  - ${lines.join('\n  - ')}`);
  }
  return config;
}
