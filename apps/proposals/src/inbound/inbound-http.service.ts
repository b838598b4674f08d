import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { CloudEvent, ContractError, INBOUND_EVENT_TYPES, parseEvent, ProposalStateV1, TOPICS } from '@selaras/contracts';
import { KAFKA_PRODUCER, sendToDeadLetter } from '@selaras/messaging';
import { Caller, canWrite, DomainError } from '@selaras/service-kit';
import { INBOUND_GROUP } from './inbound-consumer';
import { InboundProcessor } from './inbound-processor.service';
import { InboundRefusal } from './inbound-refusal';
import { InboundRejections } from './inbound-rejections.service';

export interface InboundReceipt {
  outcome: 'accepted' | 'duplicate';
  eventId: string;
  proposal?: ProposalStateV1;
}

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
  ) {}

  async receive(caller: Caller, body: unknown): Promise<InboundReceipt> {
    try {
      const event = parseEvent(body, [INBOUND_EVENT_TYPES.upserted, INBOUND_EVENT_TYPES.withdrawn]) as CloudEvent<unknown>;
      if (!event.region || !canWrite(caller, event.region)) {
        throw new InboundRefusal('INBOUND_REGION_NOT_COVERED', 'forbidden', `a token of region ${caller.region} cannot publish for region ${event.region ?? '(none)'}`, [{ field: 'region', reason: 'not covered by the token' }]);
      }
      return await this.apply(caller, event);
    } catch (error) {
      if (!(error instanceof DomainError) && !(error instanceof ContractError)) throw error;
      const refusal = InboundRefusal.from(error);
      await this.rejections.recordHttp(body, refusal);
      await sendToDeadLetter(this.producer, INBOUND_GROUP, [
        { topic: TOPICS.proposalsInbound.name, partition: -1, offset: '-1', key: null, value: Buffer.from(JSON.stringify(body) ?? 'null'), code: refusal.code, reason: refusal.message },
      ]);
      throw refusal;
    }
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
      return { outcome: 'accepted', eventId: event.id, proposal };
    });
  }
}
