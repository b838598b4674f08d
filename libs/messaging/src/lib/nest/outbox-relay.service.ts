import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { OutboxRelay } from '../core/outbox-relay';
import { KAFKA_PRODUCER, MESSAGING_OPTIONS, MessagingModuleOptions } from './messaging.options';
import { nestMessagingLogger } from './nest-logger';

@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;

  constructor(
    @Inject(KAFKA_PRODUCER) producer: Producer,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    dataSource: DataSource,
  ) {
    this.relay = new OutboxRelay({
      dataSource,
      producer,
      schema: options.schema,
      databaseUrl: options.databaseUrl,
      logger: nestMessagingLogger('OutboxRelay'),
      signer: options.ownerKeys?.signer,
    });
  }

  onApplicationBootstrap(): void {
    if (this.options.relay) this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
