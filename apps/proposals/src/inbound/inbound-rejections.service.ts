import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DeadLetter } from '@selaras/messaging';
import { Caller, canRead, canReadKabKotaOf, readForbidden } from '@selaras/service-kit';
import { describeRaw, InboundRefusal } from './inbound-refusal';
import { InboundRejectionEntity } from './inbound-rejection.entity';

const MAX_RAW = 64 * 1024;

/** Keeps every refused inbound event readable: the regency asks here why it was refused. */
@Injectable()
export class InboundRejections {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records refusals of messages from the topic; a redelivered message is recorded once. The
   * events refused out of one batch share its offset and are told apart by what they were.
   */
  async recordLetters(manager: EntityManager, letters: DeadLetter[]): Promise<void> {
    for (const letter of letters) {
      const facts = describeRaw(letter.value);
      await manager.query(
        `INSERT INTO "proposals"."inbound_rejection" (channel, event_id, event_type, region, external_id, code, reason, raw, kafka_partition, kafka_offset)
         SELECT 'kafka', $1, $2, $3, $4, $5, $6, $7, $8, $9
         WHERE NOT EXISTS (SELECT 1 FROM "proposals"."inbound_rejection" WHERE channel = 'kafka' AND kafka_partition = $8 AND kafka_offset = $9 AND raw = $7)`,
        [facts.eventId, facts.eventType, facts.region, facts.externalId, letter.code, letter.reason, (letter.value?.toString() ?? '').slice(0, MAX_RAW), letter.partition, letter.offset],
      );
    }
  }

  async recordHttp(raw: unknown, refusal: InboundRefusal): Promise<void> {
    const text = JSON.stringify(raw) ?? 'null';
    const facts = describeRaw(text);
    await this.dataSource.manager.insert(InboundRejectionEntity, {
      channel: 'http', ...facts, code: refusal.code, reason: refusal.message, violations: refusal.violations.length ? [...refusal.violations] : null,
      raw: text.slice(0, MAX_RAW), kafkaPartition: null, kafkaOffset: null,
    });
  }

  /** Rejections of a region, newest first; those without a readable region only for admins. */
  async list(caller: Caller, region: string | undefined, limit = 100): Promise<InboundRejectionEntity[]> {
    const wanted = region ?? caller.region;
    if (!canRead(caller, wanted)) throw readForbidden(caller, wanted, 'the rejections of');
    const qb = this.dataSource.manager.createQueryBuilder(InboundRejectionEntity, 'r');
    if (region === undefined && caller.roles.includes('admin')) qb.where('true');
    else if (canReadKabKotaOf(caller, wanted)) qb.where('(r.region = :region OR r.region LIKE :below)', { region: wanted, below: `${wanted}.%` });
    else qb.where('r.region = :region', { region: wanted });
    return qb.orderBy('r.received_at', 'DESC').take(Math.min(limit, 1000)).getMany();
  }
}
