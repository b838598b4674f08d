import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { canonicalJson, CloudEvent, INBOUND_EVENT_TYPES, PROPOSAL_EVENT_TYPES, ProposalStateV1, UsulanUpsertedV1, UsulanWithdrawnV1 } from '@selaras/contracts';
import { DomainError } from '@selaras/service-kit';
import { UsulanChangeSet } from '../usulan/usulan-change-set';
import { UsulanCommands } from '../usulan/usulan-commands.service';
import { nextStatus } from '../usulan/usulan-lifecycle';
import { UsulanEntity } from '../usulan/usulan.entity';
import { applyFields, toProposalState } from '../usulan/usulan.mapper';
import { ChangeMeta, UsulanWriter } from '../usulan/usulan-writer.service';
import { InboundRefusal } from './inbound-refusal';

const CLOSED = ['agreed', 'rejected', 'withdrawn'];

/** The proposer's part of the state, to tell a real change from the same snapshot sent again. */
function proposerView(state: ProposalStateV1): string {
  const { region, opd, year, stage, subKegiatan, target, paguIndikatif, locations, source, spbeIndicators, justification } = state;
  return canonicalJson({ region, opd, year, stage, subKegiatan, target, paguIndikatif, locations, source, spbeIndicators, justification });
}

export interface InboundItem {
  event: CloudEvent<unknown>;
  actor: string;
  /** For an event out of a batch (`proposals.usulan.batch.v1`): the batch's region, which it must share. */
  batchRegion?: string;
}

/** What became of one inbound event: the usulan's state after it, or why it was refused. */
export type InboundOutcome = { state?: ProposalStateV1; refusal?: undefined } | { refusal: DomainError };

type Usulan = Map<string, UsulanEntity>;

const keyOf = (region: string, externalId: string) => `${region}\u0000${externalId}`;

/**
 * Turns accepted inbound events into canonical usulan changes. The sender and the envelope are
 * already checked; here the content is checked like any proposer's (nomenclature, level,
 * locations) and the regency's `externalId` maps to one usulan.
 *
 * A batch is applied as a whole: the usulan it names are read (and locked) in one query, the
 * events are applied in order in memory — each one all or nothing, as a savepoint would, so a
 * refused event leaves no trace and a later event of the same usulan sees the earlier ones —
 * and every change is written in a few set-based statements at the end.
 */
@Injectable()
export class InboundProcessor {
  constructor(private readonly commands: UsulanCommands, private readonly writer: UsulanWriter) {}

  /** One event (the HTTP channel): its state, or its refusal thrown. */
  async apply(manager: EntityManager, event: CloudEvent<unknown>, actor: string): Promise<ProposalStateV1 | undefined> {
    const [outcome] = await this.applyAll(manager, [{ event, actor }]);
    if (outcome.refusal) throw outcome.refusal;
    return outcome.state;
  }

  /** Outcomes in the order of `items`. Anything but a refusal (a database failure) is thrown. */
  async applyAll(manager: EntityManager, items: readonly InboundItem[]): Promise<InboundOutcome[]> {
    const outcomes: InboundOutcome[] = new Array(items.length);
    const accepted: number[] = [];
    items.forEach((item, i) => {
      const refusal = this.refusalWithoutDatabase(item);
      if (refusal) outcomes[i] = { refusal };
      else accepted.push(i);
    });
    const usulan = await this.load(manager, accepted.map((i) => items[i].event.data as { region: string; externalId: string }));
    const changes = this.writer.changeSet();
    for (const i of accepted) {
      const { event, actor } = items[i];
      const data = event.data as { region: string; externalId: string };
      const key = keyOf(data.region, data.externalId);
      const existing = usulan.get(key);
      const mark = changes.mark(existing?.id, existing);
      try {
        outcomes[i] = { state: this.applyOne(usulan, changes, event, { actor, causationid: event.id, correlationid: event.correlationid ?? event.id }) };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const before = changes.rollback(mark);
        if (before) usulan.set(key, before);
        else usulan.delete(key);
        outcomes[i] = { refusal: error };
      }
    }
    await this.writer.flush(manager, changes);
    return outcomes;
  }

  /** Region consistency, locations and nomenclature: what needs no usulan from the database. */
  private refusalWithoutDatabase({ event, batchRegion }: InboundItem): DomainError | undefined {
    try {
      // The batch's signature (or token) covers its region only: an event of another rides along unproven.
      if (batchRegion !== undefined && event.region !== batchRegion) {
        throw new InboundRefusal('INBOUND_REGION_MISMATCH', 'forbidden', `the event is of region ${event.region ?? '(none)'}, the batch it came in of region ${batchRegion}; a batch carries the events of its own region only`, [{ field: 'region', reason: 'must equal the batch region' }]);
      }
      if ((event.data as { region?: string }).region !== event.region) {
        throw new InboundRefusal('INBOUND_REGION_MISMATCH', 'invalid', `data.region ${(event.data as { region?: string }).region} differs from the event's region ${event.region}`, [{ field: 'data.region', reason: 'must equal the envelope region' }]);
      }
      if (event.type === INBOUND_EVENT_TYPES.upserted) {
        const { externalId: _e, status: _s, ...fields } = event.data as UsulanUpsertedV1;
        this.commands.validateFields(fields);
      }
      return undefined;
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
  }

  /** Every usulan the batch names, locked until the transaction ends, by region and externalId. */
  private async load(manager: EntityManager, refs: readonly { region: string; externalId: string }[]): Promise<Usulan> {
    const usulan: Usulan = new Map();
    if (refs.length === 0) return usulan;
    const found = await manager
      .createQueryBuilder(UsulanEntity, 'u')
      .setLock('pessimistic_write')
      .where('(u.region, u.external_id) IN (SELECT * FROM unnest(CAST(:regions AS text[]), CAST(:externalIds AS text[])))', {
        regions: refs.map((r) => r.region),
        externalIds: refs.map((r) => r.externalId),
      })
      .getMany();
    for (const entity of found) usulan.set(keyOf(entity.region, entity.externalId!), entity);
    return usulan;
  }

  private applyOne(usulan: Usulan, changes: UsulanChangeSet, event: CloudEvent<unknown>, meta: ChangeMeta): ProposalStateV1 {
    return event.type === INBOUND_EVENT_TYPES.upserted
      ? this.upsert(usulan, changes, event.data as UsulanUpsertedV1, meta)
      : this.withdraw(usulan, changes, event.data as UsulanWithdrawnV1, meta);
  }

  /**
   * One inbound event is one canonical event: the usulan's state after it, named by the most
   * significant thing that happened. A regency's usulan that arrives submitted was drafted in
   * the regency's own system, so it is published once as `submitted` (revision 1), not as a
   * `drafted` and a `submitted` Selaras never saw apart; a draft revised and submitted by one
   * event is one `submitted` carrying the new content. A snapshot of 40,000 usulan, 60 % of
   * them submitted, was 64,000 events downstream and is now 40,000.
   */
  private upsert(usulan: Usulan, changes: UsulanChangeSet, data: UsulanUpsertedV1, meta: ChangeMeta): ProposalStateV1 {
    const { externalId, status, ...fields } = data;
    const key = keyOf(data.region, externalId);
    const existing = usulan.get(key);
    if (!existing) {
      const entity = Object.assign(new UsulanEntity(), { id: randomUUID(), status, revision: 0, externalId, decision: null, nomenclatureFlag: null });
      applyFields(entity, fields);
      usulan.set(key, entity);
      return changes.record(entity, status === 'submitted' ? PROPOSAL_EVENT_TYPES.submitted : PROPOSAL_EVENT_TYPES.drafted, meta);
    }
    if (CLOSED.includes(existing.status)) {
      throw new InboundRefusal('INBOUND_USULAN_CLOSED', 'conflict', `usulan ${externalId} is already ${existing.status}; it cannot change any more (send a new externalId for a new usulan)`);
    }
    if (status === 'draft' && existing.status === 'submitted') {
      throw new InboundRefusal('INBOUND_TRANSITION_INVALID', 'conflict', `usulan ${externalId} is submitted and cannot go back to draft; withdraw it instead`, [{ field: 'data.status', reason: 'cannot go back to draft' }]);
    }
    const candidate = Object.assign(new UsulanEntity(), existing);
    applyFields(candidate, fields);
    const revised = proposerView(toProposalState(candidate)) !== proposerView(toProposalState(existing));
    const submitting = status === 'submitted' && existing.status !== 'submitted';
    if (revised) {
      nextStatus('revise', existing.status);
      applyFields(existing, fields);
      existing.nomenclatureFlag = null;
    }
    if (submitting) {
      existing.status = nextStatus('submit', existing.status);
      return changes.record(existing, PROPOSAL_EVENT_TYPES.submitted, meta);
    }
    return revised ? changes.record(existing, PROPOSAL_EVENT_TYPES.revised, meta) : toProposalState(existing);
  }

  private withdraw(usulan: Usulan, changes: UsulanChangeSet, data: UsulanWithdrawnV1, meta: ChangeMeta): ProposalStateV1 {
    const existing = usulan.get(keyOf(data.region, data.externalId));
    if (!existing) throw new InboundRefusal('INBOUND_USULAN_UNKNOWN', 'not_found', `region ${data.region} has no usulan with externalId ${data.externalId}`, [{ field: 'data.externalId', reason: 'unknown' }]);
    if (existing.status === 'withdrawn') return toProposalState(existing);
    existing.status = nextStatus('withdraw', existing.status);
    return changes.record(existing, PROPOSAL_EVENT_TYPES.withdrawn, meta);
  }
}
