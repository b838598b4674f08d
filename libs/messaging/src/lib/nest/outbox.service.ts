import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TopicName } from '@selaras/contracts';
import { appendToOutbox, appendTombstones, OutboxMessage } from '../core/outbox-writer';
import { MESSAGING_OPTIONS, MessagingModuleOptions } from './messaging.options';

/** Use cases call this inside their transaction to publish events after commit. */
@Injectable()
export class OutboxService {
  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions) {}

  append(manager: EntityManager, ...messages: OutboxMessage[]): Promise<void> {
    return appendToOutbox(manager, this.options.schema, messages);
  }

  /** Removes keys from a compacted topic after commit (a null value per key). */
  appendTombstones(manager: EntityManager, topic: TopicName, keys: readonly string[]): Promise<void> {
    return appendTombstones(manager, this.options.schema, topic, keys);
  }
}
