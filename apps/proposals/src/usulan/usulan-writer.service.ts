import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { buildEvent, ProposalEventType, ProposalStateV1 } from '@selaras/contracts';
import { OutboxService } from '@selaras/messaging';
import { UsulanEntity } from './usulan.entity';
import { toProposalState } from './usulan.mapper';

export interface ChangeMeta {
  actor: string;
  correlationid?: string;
  causationid?: string;
}

/**
 * The one way an usulan changes: bump the revision, save, keep the revision in history, and
 * put the canonical event with the full state in the outbox — all in the caller's transaction.
 */
@Injectable()
export class UsulanWriter {
  constructor(private readonly outbox: OutboxService) {}

  async record(manager: EntityManager, entity: UsulanEntity, type: ProposalEventType, meta: ChangeMeta): Promise<ProposalStateV1> {
    const now = new Date();
    entity.revision = (entity.revision ?? 0) + 1;
    entity.updatedBy = meta.actor;
    entity.updatedAt = now;
    entity.createdAt ??= now;
    entity.createdBy ??= meta.actor;
    await manager.save(UsulanEntity, entity);
    const state = toProposalState(entity);
    const event = buildEvent(type, state, {
      source: `/regions/${entity.region}/proposals`,
      subject: entity.id,
      region: entity.region,
      correlationid: meta.correlationid,
      causationid: meta.causationid,
    });
    await manager.query(
      `INSERT INTO "proposals"."usulan_history" (usulan_id, revision, event_type, event_id, state, at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [entity.id, entity.revision, type, event.id, JSON.stringify(state), now],
    );
    await this.outbox.append(manager, { event, key: entity.id });
    return state;
  }
}
