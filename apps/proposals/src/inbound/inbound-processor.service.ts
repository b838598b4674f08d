import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { canonicalJson, CloudEvent, INBOUND_EVENT_TYPES, PROPOSAL_EVENT_TYPES, ProposalStateV1, UsulanUpsertedV1, UsulanWithdrawnV1 } from '@selaras/contracts';
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

/**
 * Turns one accepted inbound event into canonical usulan changes. The sender and the envelope
 * are already checked; here the content is checked like any proposer's (nomenclature, level,
 * locations) and the regency's `externalId` maps to one usulan.
 */
@Injectable()
export class InboundProcessor {
  constructor(private readonly commands: UsulanCommands, private readonly writer: UsulanWriter) {}

  async apply(manager: EntityManager, event: CloudEvent<unknown>, actor: string): Promise<ProposalStateV1 | undefined> {
    if ((event.data as { region?: string }).region !== event.region) {
      throw new InboundRefusal('INBOUND_REGION_MISMATCH', 'invalid', `data.region ${(event.data as { region?: string }).region} differs from the event's region ${event.region}`, [{ field: 'data.region', reason: 'must equal the envelope region' }]);
    }
    const meta: ChangeMeta = { actor, causationid: event.id, correlationid: event.correlationid ?? event.id };
    return event.type === INBOUND_EVENT_TYPES.upserted
      ? this.upsert(manager, event.data as UsulanUpsertedV1, meta)
      : this.withdraw(manager, event.data as UsulanWithdrawnV1, meta);
  }

  private async upsert(manager: EntityManager, data: UsulanUpsertedV1, meta: ChangeMeta): Promise<ProposalStateV1> {
    const { externalId, status, ...fields } = data;
    this.commands.validateFields(fields);
    const existing = await manager.findOne(UsulanEntity, { where: { region: data.region, externalId }, lock: { mode: 'pessimistic_write' } });
    if (!existing) {
      const entity = manager.create(UsulanEntity, { id: randomUUID(), status: 'draft', revision: 0, externalId, decision: null, nomenclatureFlag: null });
      applyFields(entity, fields);
      let state = await this.writer.record(manager, entity, PROPOSAL_EVENT_TYPES.drafted, meta);
      if (status === 'submitted') {
        entity.status = 'submitted';
        state = await this.writer.record(manager, entity, PROPOSAL_EVENT_TYPES.submitted, meta);
      }
      return state;
    }
    if (CLOSED.includes(existing.status)) {
      throw new InboundRefusal('INBOUND_USULAN_CLOSED', 'conflict', `usulan ${externalId} is already ${existing.status}; it cannot change any more (send a new externalId for a new usulan)`);
    }
    if (status === 'draft' && existing.status === 'submitted') {
      throw new InboundRefusal('INBOUND_TRANSITION_INVALID', 'conflict', `usulan ${externalId} is submitted and cannot go back to draft; withdraw it instead`, [{ field: 'data.status', reason: 'cannot go back to draft' }]);
    }
    let state = toProposalState(existing);
    const candidate = Object.assign(new UsulanEntity(), existing);
    applyFields(candidate, fields);
    if (proposerView(toProposalState(candidate)) !== proposerView(state)) {
      nextStatus('revise', existing.status);
      applyFields(existing, fields);
      existing.nomenclatureFlag = null;
      state = await this.writer.record(manager, existing, PROPOSAL_EVENT_TYPES.revised, meta);
    }
    if (status === 'submitted' && existing.status !== 'submitted') {
      existing.status = nextStatus('submit', existing.status);
      state = await this.writer.record(manager, existing, PROPOSAL_EVENT_TYPES.submitted, meta);
    }
    return state;
  }

  private async withdraw(manager: EntityManager, data: UsulanWithdrawnV1, meta: ChangeMeta): Promise<ProposalStateV1> {
    const existing = await manager.findOne(UsulanEntity, { where: { region: data.region, externalId: data.externalId }, lock: { mode: 'pessimistic_write' } });
    if (!existing) throw new InboundRefusal('INBOUND_USULAN_UNKNOWN', 'not_found', `region ${data.region} has no usulan with externalId ${data.externalId}`, [{ field: 'data.externalId', reason: 'unknown' }]);
    if (existing.status === 'withdrawn') return toProposalState(existing);
    existing.status = nextStatus('withdraw', existing.status);
    return this.writer.record(manager, existing, PROPOSAL_EVENT_TYPES.withdrawn, meta);
  }
}
