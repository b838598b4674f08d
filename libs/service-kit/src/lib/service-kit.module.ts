import { DynamicModule, Global, Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { TopicSpec } from '@selaras/contracts';
import { KafkaHealthIndicator, MessagingModule } from '@selaras/messaging';
import { migrate, serviceDataSourceOptions } from '@selaras/persistence';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { ServiceConfig } from './config/service-config';
import { ProblemJsonFilter } from './errors/problem-json.filter';
import { createValidationPipe } from './errors/validation.pipe';
import { HealthController } from './health/health.controller';
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
            redact: ['req.headers.authorization'],
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
          }),
        }),
        JwtModule.register({ secret: config.JWT_SECRET }),
        TerminusModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        MigrationRunner,
        KafkaHealthIndicator,
        ReadinessIndicator,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_FILTER, useClass: ProblemJsonFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [SERVICE_CONFIG, JwtModule],
    };
  }
}

/** Inject the validated config of the running service. */
export const InjectConfig = () => Inject(SERVICE_CONFIG);
