import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProposalEventType, ProposalStateV1 } from '@selaras/contracts';
import { OutboxService } from '@selaras/messaging';
import { OverlapReopener } from '../overlap-reviews/overlap-reopener.service';
import { ChangeMeta, UsulanChangeSet } from './usulan-change-set';
import { UsulanEntity } from './usulan.entity';
import { acceptedActivity } from '../integration-health/integration-events.service';

export type { ChangeMeta } from './usulan-change-set';

/**
 * The one way an usulan changes: bump the revision, save, keep the revision in history, and
 * put the canonical event with the full state in the outbox — all in the caller's transaction.
 * `record` writes one change at once; a change set collects many and writes them together.
 */
@Injectable()
export class UsulanWriter {
  constructor(private readonly outbox: OutboxService, private readonly reopener: OverlapReopener) {}

  async record(manager: EntityManager, entity: UsulanEntity, type: ProposalEventType, meta: ChangeMeta): Promise<ProposalStateV1> {
    const changes = new UsulanChangeSet();
    const state = changes.record(entity, type, meta);
    await this.flush(manager, changes);
    // A change nothing caused (no inbound event, no activation) was entered by an operator:
    // integration health shows it as the region's "operator entry" channel.
    if (!meta.causationid) await this.outbox.append(manager, ...acceptedActivity('operator', [entity.region]));
    return state;
  }

  changeSet(): UsulanChangeSet {
    return new UsulanChangeSet();
  }

  /** Also reopens reviews of overlaps the changed usulan are in, when what they were reviewed on changed. */
  async flush(manager: EntityManager, changes: UsulanChangeSet): Promise<void> {
    const written = await changes.flush(manager, (m, messages) => this.outbox.append(m, ...messages));
    await this.reopener.afterChanges(manager, written);
  }
}
