import { DynamicModule, Global, Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { TopicSpec } from '@selaras/contracts';
import { KafkaHealthIndicator, loadOwnerKeys, MessagingModule } from '@selaras/messaging';
import { migrate, serviceDataSourceOptions } from '@selaras/persistence';
import { JwtAuthGuard, TOKEN_VERIFIER } from './auth/jwt-auth.guard';
import { OidcTokenVerifier, SharedSecretVerifier, TokenVerifier } from './auth/token-verifier';
import { ServiceConfig } from './config/service-config';
import { redactRequest, REDACTED_LOG_PATHS } from './logging/redact';
import { ProblemJsonFilter } from './errors/problem-json.filter';
import { InputSanityPipe } from './errors/input-sanity.pipe';
import { createValidationPipe } from './errors/validation.pipe';
import { HealthController } from './health/health.controller';
import { BodyReaderInterceptor } from './http/body-reader.interceptor';
import { RateLimitGuard, rateLimitOptions } from './http/rate-limit.guard';
import { ReadinessIndicator } from './health/readiness.indicator';
import { MetricsController } from './metrics/metrics.controller';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export interface ServiceKitOptions {
  /** `proposals`, `nomenclature`, `spbe-indicators`, `reporting`. */
  name: string;
  schema: string;
  config: ServiceConfig;
  entities: (new () => unknown)[];
  migrations: (new () => unknown)[];
  /** Topics the service produces or consumes, created at start-up if missing. */
  topics: readonly TopicSpec[];
}

/** Applies the service's migrations before anything else touches its schema. */
@Injectable()
class MigrationRunner implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await migrate(this.dataSource);
  }
}

/**
 * Everything a Selaras service has in common, as one module: logging, database with
 * migrations, Kafka with outbox and consumers, JWT roles, problem JSON, validation, health
 * and metrics. An app module imports it once and adds its features.
 */
@Global()
@Module({})
export class ServiceKitModule {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    const { config } = options;
    return {
      module: ServiceKitModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            name: options.name,
            autoLogging: { ignore: (req) => ['/health', '/health/live', '/health/ready', '/metrics'].includes(req.url ?? '') },
            // no token, cookie, ticket or authorization code in any log line (issue 22)
            redact: REDACTED_LOG_PATHS,
            serializers: { req: redactRequest },
          },
        }),
        TypeOrmModule.forRoot(
          serviceDataSourceOptions({
            url: config.DATABASE_URL,
            schema: options.schema,
            entities: options.entities,
            migrations: options.migrations,
            applicationName: options.name,
          }),
        ),
        MessagingModule.forRootAsync({
          useFactory: () => ({
            brokers: config.kafkaBrokers,
            security: config.kafkaSecurity,
            clientId: options.name,
            schema: options.schema,
            databaseUrl: config.DATABASE_URL,
            topics: options.topics,
            relay: config.OUTBOX_RELAY === 'true',
            ownerKeys: loadOwnerKeys({ service: options.name, signingKeyPem: config.EVENT_SIGNING_KEY, ownerPublicKeys: config.EVENT_OWNER_KEYS, keyDir: config.OWNER_KEYS_DIR }),
          }),
        }),
        ThrottlerModule.forRoot(rateLimitOptions({ perSubject: config.RATE_LIMIT_SUBJECT_PER_MINUTE, perIp: config.RATE_LIMIT_IP_PER_MINUTE, publicPerIp: config.RATE_LIMIT_PUBLIC_PER_MINUTE })),
        TerminusModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: TOKEN_VERIFIER, useValue: tokenVerifier(config) },
        MigrationRunner,
        KafkaHealthIndicator,
        ReadinessIndicator,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        // After the JWT guard, which names the subject it counts.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: ProblemJsonFilter },
        { provide: APP_INTERCEPTOR, useClass: BodyReaderInterceptor },
        { provide: APP_PIPE, useClass: InputSanityPipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [SERVICE_CONFIG, TOKEN_VERIFIER],
    };
  }
}

/** The issuer's tokens; the shared secret only where config allowed it (NODE_ENV=test). */
function tokenVerifier(config: ServiceConfig): TokenVerifier {
  if (config.OIDC_ISSUER) return new OidcTokenVerifier(config.OIDC_ISSUER, config.OIDC_AUDIENCE, { jwksUri: config.OIDC_JWKS_URI });
  return new SharedSecretVerifier(config.JWT_SECRET!);
}

/** Inject the validated config of the running service. */
export const InjectConfig = () => Inject(SERVICE_CONFIG);
