import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { BatchedEvent, CloudEvent, ContractError, INBOUND_EVENT_TYPES, parseEvent, ProposalStateV1, TOPICS, UsulanBatchV1 } from '@selaras/contracts';
import { DeadLetter, KAFKA_PRODUCER, sendToDeadLetter } from '@selaras/messaging';
import { Caller, canWrite, DomainError } from '@selaras/service-kit';
import { INBOUND_GROUP, unpackInbound } from './inbound-consumer';
import { InboundProcessor } from './inbound-processor.service';
import { InboundRefusal } from './inbound-refusal';
import { InboundRejections } from './inbound-rejections.service';
import { IntegrationEvents } from '../integration-health/integration-events.service';
import { refusalRegion } from '../integration-health/refusal-region';
import { describeRaw } from './inbound-refusal';

export interface InboundReceipt {
  outcome: 'accepted' | 'duplicate';
  eventId: string;
  proposal?: ProposalStateV1;
}

/** What became of each event of a batch, in the batch's order. */
export interface BatchReceipt {
  outcome: 'batch';
  eventId: string;
  accepted: number;
  duplicate: number;
  refused: number;
  results: (InboundReceipt | { outcome: 'refused'; eventId: string | null; code: string; detail: string })[];
}

/** The HTTP channel's dead letters carry partition and offset `-1`. */
const httpLetter = (value: unknown, refusal: InboundRefusal, carrier?: DeadLetter['carrier']): DeadLetter => ({
  topic: TOPICS.proposalsInbound.name, partition: -1, offset: '-1', key: null, value: Buffer.from(JSON.stringify(value) ?? 'null'), code: refusal.code, reason: refusal.message, carrier,
});

/**
 * `POST /v1/inbound`: the same rules as the topic, with the bearer token standing in for the
 * signature. A refusal is recorded, dead-lettered (partition and offset `-1` mark the HTTP
 * channel) and answered as problem JSON with the same code.
 */
@Injectable()
export class InboundHttp {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(KAFKA_PRODUCER) private readonly producer: Producer,
    private readonly processor: InboundProcessor,
    private readonly rejections: InboundRejections,
    private readonly integration: IntegrationEvents,
  ) {}

  /** Over HTTP the bearer token proves the sender: a refusal counts under the event's region when the token covers it. */
  private refusalOf(caller: Caller, sent: unknown, refusal: InboundRefusal) {
    const facts = describeRaw(JSON.stringify(sent) ?? 'null');
    const proven = facts.region !== null && canWrite(caller, facts.region);
    return { region: refusalRegion(facts.region, proven), claimedRegion: facts.region, code: refusal.code, reason: refusal.message, eventType: facts.eventType, eventId: facts.eventId, externalId: facts.externalId };
  }

  async receive(caller: Caller, body: unknown): Promise<InboundReceipt | BatchReceipt> {
    try {
      const event = parseEvent(body, Object.values(INBOUND_EVENT_TYPES)) as CloudEvent<unknown>;
      if (!event.region || !canWrite(caller, event.region)) {
        throw new InboundRefusal('INBOUND_REGION_NOT_COVERED', 'forbidden', `a token of region ${caller.region} cannot publish for region ${event.region ?? '(none)'}`, [{ field: 'region', reason: 'not covered by the token' }]);
      }
      const carried = unpackInbound(event);
      if (carried) return await this.applyBatch(caller, event as CloudEvent<UsulanBatchV1>, carried);
      return await this.apply(caller, event);
    } catch (error) {
      if (!(error instanceof DomainError) && !(error instanceof ContractError)) throw error;
      const refusal = InboundRefusal.from(error);
      this.rejections.admitHttp(caller);
      await this.rejections.recordHttp(body, refusal, caller);
      await this.integration.refused(this.dataSource.manager, 'http', [this.refusalOf(caller, body, refusal)]);
      await sendToDeadLetter(this.producer, INBOUND_GROUP, [httpLetter(body, refusal)]);
      throw refusal;
    }
  }

  /**
   * A batch over HTTP: its events applied in one transaction, each as if posted alone (a
   * duplicate changes nothing, a refused one is recorded and dead-lettered and leaves the others
   * applied); the answer gives each event's outcome in order.
   */
  private async applyBatch(caller: Caller, batch: CloudEvent<UsulanBatchV1>, carried: BatchedEvent[]): Promise<BatchReceipt> {
    const refusals = new Map<number, InboundRefusal>();
    const valid: { index: number; event: CloudEvent<unknown> }[] = [];
    for (const item of carried) {
      if (item.error) refusals.set(item.index, InboundRefusal.from(item.error));
      else valid.push(item);
    }
    const results: BatchReceipt['results'] = new Array(batch.data.events.length);
    await this.dataSource.transaction(async (manager) => {
      const claimed = new Set((await manager.query(
        `INSERT INTO "proposals"."inbox" (consumer_group, event_id, topic, partition, "offset") SELECT $1, id, 'http', -1, 0 FROM unnest($2::text[]) AS id
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [INBOUND_GROUP, valid.map((v) => v.event.id)],
      ) as { event_id: string }[]).map((r) => r.event_id));
      // An id claimed now is fresh the first time the batch names it; any other time a duplicate.
      const fresh = valid.filter((v) => claimed.delete(v.event.id));
      const applying = new Set(fresh);
      for (const v of valid) if (!applying.has(v)) results[v.index] = { outcome: 'duplicate', eventId: v.event.id };
      const outcomes = await this.processor.applyAll(manager, fresh.map((v) => ({ event: v.event, actor: caller.sub, batchRegion: batch.region })));
      outcomes.forEach((outcome, i) => {
        if (outcome.refusal) refusals.set(fresh[i].index, InboundRefusal.from(outcome.refusal));
        else results[fresh[i].index] = { outcome: 'accepted', eventId: fresh[i].event.id, proposal: outcome.state };
      });
      // A refused event is not marked applied: sent again, it is checked again.
      const refusedIds = fresh.filter((v) => refusals.has(v.index)).map((v) => v.event.id);
      if (refusedIds.length > 0) await manager.query(`DELETE FROM "proposals"."inbox" WHERE consumer_group = $1 AND event_id = ANY($2::text[])`, [INBOUND_GROUP, refusedIds]);
      await this.integration.accepted(manager, 'http', fresh.filter((v) => !refusals.has(v.index)).map((v) => v.event.region as string));
    });
    const letters: DeadLetter[] = [];
    for (const [index, refusal] of [...refusals].sort(([a], [b]) => a - b)) {
      const sent = batch.data.events[index];
      await this.rejections.recordHttp(sent, refusal, caller);
      letters.push(httpLetter(sent, refusal, { id: batch.id, index }));
      results[index] = { outcome: 'refused', eventId: typeof sent.id === 'string' ? sent.id : null, code: refusal.code, detail: refusal.message };
    }
    await this.integration.refused(this.dataSource.manager, 'http', [...refusals].map(([index, refusal]) => this.refusalOf(caller, batch.data.events[index], refusal)));
    if (letters.length > 0) await sendToDeadLetter(this.producer, INBOUND_GROUP, letters);
    const count = (outcome: string) => results.filter((r) => r.outcome === outcome).length;
    return { outcome: 'batch', eventId: batch.id, accepted: count('accepted'), duplicate: count('duplicate'), refused: count('refused'), results };
  }

  private apply(caller: Caller, event: CloudEvent<unknown>): Promise<InboundReceipt> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO "proposals"."inbox" (consumer_group, event_id, topic, partition, "offset") VALUES ($1, $2, 'http', -1, 0)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [INBOUND_GROUP, event.id],
      );
      if (inserted.length === 0) return { outcome: 'duplicate', eventId: event.id };
      const proposal = await this.processor.apply(manager, event, caller.sub);
      await this.integration.accepted(manager, 'http', [event.region as string]);
      return { outcome: 'accepted', eventId: event.id, proposal };
    });
  }
}
