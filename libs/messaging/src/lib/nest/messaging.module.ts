import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { createKafka, createProducer } from '../core/kafka-client';
import { ensureTopics } from '../core/topic-admin';
import { ConsumerHost } from './consumer-host.service';
import { KAFKA, KAFKA_PRODUCER, MESSAGING_OPTIONS, MessagingModuleOptions } from './messaging.options';
import { nestMessagingLogger } from './nest-logger';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxService } from './outbox.service';

export interface MessagingModuleAsyncOptions {
  imports?: DynamicModule['imports'];
  inject?: unknown[];
  useFactory: (...args: never[]) => MessagingModuleOptions | Promise<MessagingModuleOptions>;
}

/**
 * Kafka for a Nest service: the client, one idempotent producer, topic creation at start-up,
 * the outbox relay and the consumer host. kafkajs is used directly rather than through
 * `@nestjs/microservices`' ServerKafka, which offers neither batch consumption (`eachBatch`)
 * nor control over when offsets are committed — both are what keep events exactly-once here.
 */
@Global()
@Module({})
export class MessagingModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_PRODUCER) private readonly producer: Producer,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
  ) {}

  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: options.imports ?? [],
      providers: [
        { provide: MESSAGING_OPTIONS, useFactory: options.useFactory, inject: (options.inject ?? []) as never[] },
        {
          provide: KAFKA,
          useFactory: (o: MessagingModuleOptions) => createKafka({ brokers: o.brokers, clientId: o.clientId, security: o.security, logger: nestMessagingLogger('kafkajs') }),
          inject: [MESSAGING_OPTIONS],
        },
        { provide: KAFKA_PRODUCER, useFactory: (kafka: Kafka) => createProducer(kafka), inject: [KAFKA] },
        OutboxService,
        OutboxRelayService,
        ConsumerHost,
      ],
      exports: [MESSAGING_OPTIONS, KAFKA, KAFKA_PRODUCER, OutboxService, OutboxRelayService, ConsumerHost],
    };
  }

  async onModuleInit(): Promise<void> {
    await ensureTopics(this.kafka, this.options.topics);
    await this.producer.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect();
  }
}
