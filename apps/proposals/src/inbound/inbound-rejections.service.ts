import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DeadLetter } from '@selaras/messaging';
import { Caller, canRead, canReadKabKotaOf, DomainError, readForbidden } from '@selaras/service-kit';
import { describeRaw, InboundRefusal } from './inbound-refusal';
import { InboundRejectionEntity } from './inbound-rejection.entity';
import { rawRecord, SenderBudget, senderUnproven } from './rejection-sender';

/** Refusals recorded per sender a minute (issue 23); enough for a regency fixing a bad batch, not for filling the table. */
export const REFUSALS_RECORDED_PER_MINUTE = 60;

/** Keeps every refused inbound event readable: the regency asks here why it was refused. */
@Injectable()
export class InboundRejections {
  private readonly budget = new SenderBudget(REFUSALS_RECORDED_PER_MINUTE);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Before anything of a refusal over HTTP is kept: a sender past its budget gets 429 instead. */
  admitHttp(caller: Caller): void {
    const sender = `http|${caller.region}|${caller.sub}`;
    if (!this.budget.take(sender)) {
      const retryAfter = this.budget.retryAfter(sender);
      throw new DomainError('RATE_LIMITED', 'too_many', `more than ${REFUSALS_RECORDED_PER_MINUTE} refused events a minute from this token; fix what the earlier refusals say, then send again in ${retryAfter} s`, [], { retryAfterSeconds: retryAfter });
    }
  }

  /**
   * Records refusals of messages from the topic; a redelivered message is recorded once. The
   * events refused out of one batch share its offset and are told apart by what they were.
   */
  async recordLetters(manager: EntityManager, letters: DeadLetter[]): Promise<void> {
    for (const letter of letters) {
      const facts = describeRaw(letter.value);
      // The sender on the topic is the key that signed: proven only once its signature checked out.
      // Refused for its region, the key's own region is the sender's (the signature is checked first).
      const unproven = senderUnproven(letter.code);
      const keyRegion = !unproven && letter.code === 'INBOUND_REGION_NOT_COVERED';
      if (!this.budget.take(unproven ? 'kafka|unproven' : `kafka|${facts.keyId ?? facts.region}`)) continue;
      const { raw, rawSha256, rawBytes } = rawRecord(letter.value?.toString() ?? '');
      await manager.query(
        `INSERT INTO "proposals"."inbound_rejection" (channel, event_id, event_type, region, external_id, code, reason, raw, kafka_partition, kafka_offset, claimed_region, sender_subject, raw_sha256, raw_bytes)
         SELECT 'kafka', $1, $2, CASE WHEN $13::boolean THEN NULL WHEN $14::boolean THEN (SELECT k.region FROM "proposals"."regency_key" k WHERE k.key_id = $12) ELSE $3 END,
                $4, $5, $6, $7, $8, $9, $3, CASE WHEN $13::boolean THEN NULL ELSE $12 END, $10, $11
         WHERE NOT EXISTS (SELECT 1 FROM "proposals"."inbound_rejection" WHERE channel = 'kafka' AND kafka_partition = $8 AND kafka_offset = $9 AND raw_sha256 IS NOT DISTINCT FROM $10 AND raw = $7)`,
        [facts.eventId, facts.eventType, facts.region, facts.externalId, letter.code, letter.reason, raw, letter.partition, letter.offset, rawSha256, rawBytes, facts.keyId, unproven, keyRegion],
      );
    }
  }

  /** A refusal over HTTP, filed under the caller's region and subject: the token is the sender, whatever region the event names. */
  async recordHttp(sent: unknown, refusal: InboundRefusal, caller: Caller): Promise<void> {
    const text = JSON.stringify(sent) ?? 'null';
    const { keyId: _keyId, region: claimedRegion, ...facts } = describeRaw(text);
    await this.dataSource.manager.insert(InboundRejectionEntity, {
      channel: 'http', ...facts, region: caller.region, claimedRegion, senderSubject: caller.sub, code: refusal.code, reason: refusal.message,
      violations: refusal.violations.length ? [...refusal.violations] : null, ...rawRecord(text), kafkaPartition: null, kafkaOffset: null,
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
