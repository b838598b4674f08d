import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { errorCodeLabel, OutboxMessage, OutboxService } from '@selaras/messaging';
import { IntegrationChannel } from '@selaras/contracts';
import { activityMessages, refusalMessage } from './integration-messages';
import { inboundAccepted, inboundLastAccepted, inboundRefusals } from './inbound-metrics';
import { refusalRegion } from './refusal-region';

export interface AttributedRefusal {
  /** From refusal-region.ts: a proven, known region or `unknown`. */
  region: string;
  claimedRegion: string | null;
  code: string;
  reason: string;
  eventType: string | null;
  eventId: string | null;
  externalId: string | null;
}

/** The activity events of accepted events (one per region), counted in the metrics. */
export function acceptedActivity(channel: IntegrationChannel, regions: readonly string[]): OutboxMessage[] {
  const messages = activityMessages(channel, regions);
  const now = Date.now() / 1000;
  for (const m of messages) {
    const labels = { region: refusalRegion(m.key, true), channel };
    inboundAccepted.inc(labels, (m.event.data as { accepted: number }).accepted);
    inboundLastAccepted.set(labels, now);
  }
  return messages;
}

/**
 * Publishes what reporting's integration health is built from (through the outbox, in the
 * caller's transaction) and counts it in the metrics. The counters move inside the transaction:
 * one that rolls back and is retried counts twice, which the rates tolerate; the events, which
 * the coordinator's figures come from, are exact.
 */
@Injectable()
export class IntegrationEvents {
  constructor(private readonly outbox: OutboxService) {}

  async accepted(manager: EntityManager, channel: IntegrationChannel, regions: readonly string[]): Promise<void> {
    if (regions.length === 0) return;
    await this.outbox.append(manager, ...acceptedActivity(channel, regions));
  }

  async refused(manager: EntityManager, channel: 'kafka' | 'http', refusals: readonly AttributedRefusal[]): Promise<void> {
    if (refusals.length === 0) return;
    for (const r of refusals) inboundRefusals.inc({ region: r.region, channel, code: errorCodeLabel(r.code) });
    await this.outbox.append(manager, ...refusals.map((r) => refusalMessage({ ...r, channel })));
  }
}
