import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CloudEvent, INBOUND_EVENT_TYPES, TOPICS, unpackBatch, UsulanBatchV1 } from '@selaras/contracts';
import { ConsumedEvent, ConsumerHost, DeadLetter, EventBatchHandler, Refusal } from '@selaras/messaging';
import { DomainError } from '@selaras/service-kit';
import { InboundItem, InboundProcessor } from './inbound-processor.service';
import { InboundRejections } from './inbound-rejections.service';
import { IntegrationEvents } from '../integration-health/integration-events.service';
import { refusalRegion } from '../integration-health/refusal-region';
import { describeRaw } from './inbound-refusal';
import { RegencyKeys } from './regency-keys.service';

/** One inbox for both channels (topic and HTTP), so the same event id is applied once whichever way it came. */
export const INBOUND_GROUP = 'proposals.inbound';

/** The single events a batch carries; undefined for a single event. */
export function unpackInbound(event: CloudEvent<unknown>) {
  return event.type === INBOUND_EVENT_TYPES.batch ? unpackBatch(event as CloudEvent<UsulanBatchV1>, [INBOUND_EVENT_TYPES.upserted, INBOUND_EVENT_TYPES.withdrawn]) : undefined;
}

/**
 * Consumes `proposals.inbound`: untrusted events from regency systems. Each event is checked
 * (signature and region, then content) and applied all or nothing, so a refused event leaves no
 * trace but its rejection record and dead letter, and the rest of the batch still applies. A
 * regency's batch message (`proposals.usulan.batch.v1`) is unpacked into its events, which are
 * then consumed as if each had come alone, under the batch's one signature. The
 * batch is read and written set-based (InboundProcessor.applyAll), not event by event.
 */
@Injectable()
export class InboundConsumer implements EventBatchHandler, OnModuleInit {
  constructor(
    private readonly consumers: ConsumerHost,
    private readonly keys: RegencyKeys,
    private readonly processor: InboundProcessor,
    private readonly rejections: InboundRejections,
    private readonly integration: IntegrationEvents,
  ) {}

  /**
   * Events of the batch being applied whose signature verified (by event id): a refusal of one of
   * them counts under its region. Filled by `apply`, read by `recordRefusals` in the same transaction.
   */
  private proven = new Set<string>();

  onModuleInit(): void {
    this.consumers.register({
      groupId: INBOUND_GROUP, topics: [TOPICS.proposalsInbound.name], types: Object.values(INBOUND_EVENT_TYPES), strictTypes: true, handler: this, maxBatch: 500, partitionsConsumedConcurrently: 6,
      unpack: unpackInbound,
    });
  }

  async apply(manager: EntityManager, events: ConsumedEvent[]): Promise<Refusal[]> {
    const refusals: Refusal[] = [];
    const verdicts = await this.keys.verifyAll(manager, events);
    const accepted: InboundItem[] = [];
    verdicts.forEach((verdict, i) => {
      const { event } = events[i];
      if (verdict instanceof DomainError) refusals.push({ eventId: event.id, code: verdict.code, reason: verdict.message });
      else accepted.push({ event, actor: `regency:${event.region}:${verdict}`, batchRegion: events[i].carrier?.sent.region as string | undefined });
    });
    const outcomes = await this.processor.applyAll(manager, accepted);
    this.proven = new Set(accepted.map((a) => a.event.id));
    const applied: string[] = [];
    outcomes.forEach((outcome, i) => {
      if (!outcome.refusal) {
        applied.push(accepted[i].event.region as string);
        return;
      }
      // Not the event's fault (no nomenclature active yet): retry the batch later, refuse nothing.
      if (outcome.refusal.kind === 'unavailable') throw Object.assign(outcome.refusal, { retriable: true });
      refusals.push({ eventId: accepted[i].event.id, code: outcome.refusal.code, reason: outcome.refusal.message });
    });
    await this.integration.accepted(manager, 'kafka', applied);
    return refusals;
  }

  async recordRefusals(manager: EntityManager, letters: DeadLetter[]): Promise<void> {
    await this.rejections.recordLetters(manager, letters);
    await this.integration.refused(manager, 'kafka', letters.map((letter) => {
      const facts = describeRaw(letter.value);
      const proven = facts.eventId !== null && this.proven.has(facts.eventId);
      return { region: refusalRegion(facts.region, proven), claimedRegion: facts.region, code: letter.code, reason: letter.reason, eventType: facts.eventType, eventId: facts.eventId, externalId: facts.externalId };
    }));
    this.proven = new Set();
  }
}
