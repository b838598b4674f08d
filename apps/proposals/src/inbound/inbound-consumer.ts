import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { INBOUND_EVENT_TYPES, TOPICS } from '@selaras/contracts';
import { ConsumedEvent, ConsumerHost, DeadLetter, EventBatchHandler, Refusal } from '@selaras/messaging';
import { DomainError } from '@selaras/service-kit';
import { InboundProcessor } from './inbound-processor.service';
import { InboundRejections } from './inbound-rejections.service';
import { RegencyKeys } from './regency-keys.service';

/** One inbox for both channels (topic and HTTP), so the same event id is applied once whichever way it came. */
export const INBOUND_GROUP = 'proposals.inbound';

/**
 * Consumes `proposals.inbound`: untrusted events from regency systems. Each event is checked
 * (signature and region, then content) inside its own savepoint, so a refused event leaves no
 * trace but its rejection record and dead letter, and the rest of the batch still applies.
 */
@Injectable()
export class InboundConsumer implements EventBatchHandler, OnModuleInit {
  constructor(
    private readonly consumers: ConsumerHost,
    private readonly keys: RegencyKeys,
    private readonly processor: InboundProcessor,
    private readonly rejections: InboundRejections,
  ) {}

  onModuleInit(): void {
    this.consumers.register({ groupId: INBOUND_GROUP, topics: [TOPICS.proposalsInbound.name], types: Object.values(INBOUND_EVENT_TYPES), handler: this, maxBatch: 200 });
  }

  async apply(manager: EntityManager, events: ConsumedEvent[]): Promise<Refusal[]> {
    const refusals: Refusal[] = [];
    for (const consumed of events) {
      await manager.query('SAVEPOINT inbound_event');
      try {
        const keyId = await this.keys.verify(manager, consumed.event as unknown as Record<string, unknown>);
        await this.processor.apply(manager, consumed.event, `regency:${consumed.event.region}:${keyId}`);
        await manager.query('RELEASE SAVEPOINT inbound_event');
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        // Not the event's fault (no nomenclature active yet): retry the batch later, refuse nothing.
        if (error.kind === 'unavailable') throw Object.assign(error, { retriable: true });
        await manager.query('ROLLBACK TO SAVEPOINT inbound_event');
        refusals.push({ eventId: consumed.event.id, code: error.code, reason: error.message });
      }
    }
    return refusals;
  }

  recordRefusals(manager: EntityManager, letters: DeadLetter[]): Promise<void> {
    return this.rejections.recordLetters(manager, letters);
  }
}
