import { plainToInstance, Transform } from 'class-transformer';
import { Equals, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';
import { readFileSync } from 'node:fs';
import type { KafkaSecurity } from '@selaras/messaging';
import { DEFAULT_HEAP_GROWING_PERCENT, MAX_HEAP_GROWING_PERCENT } from '../runtime/heap-growth';

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

  /**
   * The OpenID Connect issuer whose tokens the service accepts (e.g. Keycloak's
   * `https://sso.example.go.id/realms/selaras`): signatures are checked against its JWKS. The
   * dashboard signs in there too, so its origin is allowed in the dashboard's connect-src.
   */
  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'OIDC_ISSUER must be the issuer URL, e.g. http://127.0.0.1:18080/realms/selaras' })
  OIDC_ISSUER?: string;

  /** The `aud` every accepted token must carry. */
  @IsString() @IsNotEmpty()
  OIDC_AUDIENCE = 'selaras-api';

  /** The issuer's key set; discovered from `${OIDC_ISSUER}/.well-known/openid-configuration` when unset. */
  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_JWKS_URI?: string;

  /**
   * Shared-secret (HS256) tokens instead of an issuer: only for the test suites, which mint
   * their own tokens. A service without OIDC_ISSUER refuses to start unless NODE_ENV=test.
   */
  @ValidateIf((c: ServiceConfig) => !c.OIDC_ISSUER)
  @IsString({ message: 'JWT_SECRET (tests only) or OIDC_ISSUER must be set' }) @IsNotEmpty() @MinLength(16, { message: 'JWT_SECRET must have at least 16 characters' })
  JWT_SECRET?: string;

  @ValidateIf((c: ServiceConfig) => !c.OIDC_ISSUER)
  @Equals('test', { message: 'OIDC_ISSUER is required: the shared-secret JWT_SECRET mode is allowed only under NODE_ENV=test' })
  NODE_ENV = process.env.NODE_ENV ?? 'production';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * How far V8 grows the heap past what survived a full collection before the next one, in
   * percent; 0 keeps V8's own policy (`runtime/heap-growth.ts` says why the services set it).
   */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'HEAP_GROWING_PERCENT must be an integer (0 keeps V8\'s own policy)' }) @Min(0) @Max(MAX_HEAP_GROWING_PERCENT)
  HEAP_GROWING_PERCENT = DEFAULT_HEAP_GROWING_PERCENT;

  /** Set to `false` on standby instances that must not run the outbox relay at all. */
  @IsIn(['true', 'false'])
  OUTBOX_RELAY = 'true';

  /** TLS to the brokers (production clusters; the local broker speaks plaintext). */
  @IsIn(['true', 'false'])
  KAFKA_SSL = 'false';

  /** PEM bundle of the CA that signed the brokers' certificates; the system CAs when unset. */
  @IsOptional() @IsString()
  KAFKA_SSL_CA_FILE?: string;

  @IsOptional() @IsIn(['scram-sha-512', 'scram-sha-256', 'plain', ''])
  KAFKA_SASL_MECHANISM?: string;

  @ValidateIf((c: ServiceConfig) => !!c.KAFKA_SASL_MECHANISM) @IsString() @IsNotEmpty({ message: 'KAFKA_SASL_USERNAME is required when KAFKA_SASL_MECHANISM is set' })
  KAFKA_SASL_USERNAME?: string;

  @ValidateIf((c: ServiceConfig) => !!c.KAFKA_SASL_MECHANISM) @IsString() @IsNotEmpty({ message: 'KAFKA_SASL_PASSWORD is required when KAFKA_SASL_MECHANISM is set' })
  KAFKA_SASL_PASSWORD?: string;

  /**
   * The service's Ed25519 private key (PKCS#8 PEM) that signs the events of the topics it owns
   * (issue 23). A secret: from a Secret, no default. Unset with EVENT_OWNER_KEYS unset, the key
   * comes from OWNER_KEYS_DIR.
   */
  @IsOptional() @IsString()
  EVENT_SIGNING_KEY?: string;

  /** The owners' public keys, `proposals=<base64>,nomenclature=<base64>,spbe-indicators=<base64>` (public; a ConfigMap). */
  @IsOptional() @IsString() @Matches(/^\s*[a-z-]+=[A-Za-z0-9+/]{43}=\s*(,\s*[a-z-]+=[A-Za-z0-9+/]{43}=\s*)*$/, { message: 'EVENT_OWNER_KEYS must be owner=<base64 Ed25519 public key>[,…]' })
  EVENT_OWNER_KEYS?: string;

  /** Where the local stack generates and shares the owner keys when EVENT_OWNER_KEYS is not set. */
  @IsString() @IsNotEmpty()
  OWNER_KEYS_DIR = '.selaras/owner-keys';

  /** Requests a minute per signed-in subject, per client address, and per address on the routes without a token (issue 23). */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'RATE_LIMIT_SUBJECT_PER_MINUTE must be an integer' }) @Min(1)
  RATE_LIMIT_SUBJECT_PER_MINUTE = 600;

  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'RATE_LIMIT_IP_PER_MINUTE must be an integer' }) @Min(1)
  RATE_LIMIT_IP_PER_MINUTE = 1200;

  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'RATE_LIMIT_PUBLIC_PER_MINUTE must be an integer' }) @Min(1)
  RATE_LIMIT_PUBLIC_PER_MINUTE = 300;

  /** The address the HTTP port listens on: this machine only unless told otherwise (containers set 0.0.0.0). */
  @IsString() @IsNotEmpty()
  HOST = '127.0.0.1';

  /**
   * Express `trust proxy` behind an ingress or load balancer (`1` for one hop, or its subnets):
   * then X-Forwarded-For names the client the rate limits count and X-Forwarded-Proto turns HSTS on.
   * Empty: no proxy is trusted.
   */
  @IsOptional() @IsString()
  TRUST_PROXY?: string;

  get kafkaBrokers(): string[] {
    return this.KAFKA_BROKERS.split(',');
  }

  get kafkaSecurity(): KafkaSecurity {
    const ssl = this.KAFKA_SSL === 'true' ? (this.KAFKA_SSL_CA_FILE ? { ca: [readFileSync(this.KAFKA_SSL_CA_FILE, 'utf8')] } : true) : undefined;
    const sasl = this.KAFKA_SASL_MECHANISM
      ? { mechanism: this.KAFKA_SASL_MECHANISM as 'scram-sha-512' | 'scram-sha-256' | 'plain', username: this.KAFKA_SASL_USERNAME!, password: this.KAFKA_SASL_PASSWORD! }
      : undefined;
    return { ssl, sasl };
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
