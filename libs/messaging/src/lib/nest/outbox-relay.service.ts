import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { OutboxRelay } from '../core/outbox-relay';
import { KAFKA_PRODUCER, MESSAGING_OPTIONS, MessagingModuleOptions } from './messaging.options';
import { nestMessagingLogger } from './nest-logger';
import { observeOutbox } from '../metrics/outbox-backlog';

@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;
  private unobserve?: () => void;

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
    // Every instance reports the backlog, relay or not: it is the service's outbox either way.
    this.unobserve = observeOutbox(this.options.schema, () => this.relay.backlog());
    if (this.options.relay) this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.unobserve?.();
    await this.relay.stop();
  }
}
