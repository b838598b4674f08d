import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EventConsumer, EventConsumerConfig } from '../core/event-consumer';
import { KAFKA, KAFKA_PRODUCER, MESSAGING_OPTIONS, MessagingModuleOptions } from './messaging.options';
import { nestMessagingLogger } from './nest-logger';

export type ConsumerRegistration = Omit<EventConsumerConfig, 'kafka' | 'dataSource' | 'producer' | 'schema' | 'logger'>;

/**
 * Holds the service's consumers. Feature modules register theirs in `onModuleInit`; all start
 * after the application has initialised (so no message arrives before the handlers are ready)
 * and stop before the database closes.
 */
@Injectable()
export class ConsumerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly registrations: ConsumerRegistration[] = [];
  private readonly consumers: EventConsumer[] = [];

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_PRODUCER) private readonly producer: Producer,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    private readonly dataSource: DataSource,
  ) {}

  register(registration: ConsumerRegistration): void {
    this.registrations.push(registration);
  }

  get all(): readonly EventConsumer[] {
    return this.consumers;
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const registration of this.registrations) {
      const consumer = new EventConsumer({
        ...registration,
        kafka: this.kafka,
        producer: this.producer,
        dataSource: this.dataSource,
        schema: this.options.schema,
        logger: nestMessagingLogger(registration.groupId),
        ownerKeys: this.options.ownerKeys?.keyring,
      });
      await consumer.start();
      this.consumers.push(consumer);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.stop()));
  }
}
