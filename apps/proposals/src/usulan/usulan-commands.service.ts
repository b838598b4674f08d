import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PROPOSAL_EVENT_TYPES, ProposalStateV1, UsulanFields } from '@selaras/contracts';
import { Caller, canWrite, ForbiddenError, InvalidInputError } from '@selaras/service-kit';
import { NomenclatureGate } from '../nomenclature/nomenclature-gate.service';
import { LifecycleDto, ReviseUsulanDto } from './dtos/usulan.dtos';
import { assertRevision, loadForUpdate } from './usulan-loader';
import { nextStatus } from './usulan-lifecycle';
import { locationViolations } from './usulan-rules';
import { UsulanEntity } from './usulan.entity';
import { applyFields, toProposalState } from './usulan.mapper';
import { UsulanWriter } from './usulan-writer.service';

export function assertCanWriteFor(caller: Caller, region: string): void {
  if (!canWrite(caller, region)) {
    throw new ForbiddenError('REGION_FORBIDDEN', `a token of region ${caller.region} cannot write for region ${region}`);
  }
}

/** The proposer's use cases: create a draft, revise it, submit it, withdraw it. */
@Injectable()
export class UsulanCommands {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: UsulanWriter,
    private readonly nomenclature: NomenclatureGate,
  ) {}

  /** Checks everything about the proposer's fields that does not need the database. */
  validateFields(fields: UsulanFields): void {
    const violations = locationViolations(fields.region, fields.locations);
    if (violations.length > 0) throw new InvalidInputError('LOCATION_OUTSIDE_REGION', violations.map((v) => v.reason).join('; '), violations);
    this.nomenclature.validate(fields);
  }

  async create(caller: Caller, fields: UsulanFields): Promise<ProposalStateV1> {
    assertCanWriteFor(caller, fields.region);
    this.validateFields(fields);
    return this.dataSource.transaction(async (manager) => {
      const entity = manager.create(UsulanEntity, { id: randomUUID(), status: 'draft', revision: 0, externalId: null, decision: null, nomenclatureFlag: null });
      applyFields(entity, fields);
      return this.writer.record(manager, entity, PROPOSAL_EVENT_TYPES.drafted, { actor: caller.sub });
    });
  }

  async revise(caller: Caller, id: string, dto: ReviseUsulanDto): Promise<ProposalStateV1> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await loadForUpdate(manager, id);
      assertCanWriteFor(caller, entity.region);
      assertRevision(entity, dto.expectedRevision);
      nextStatus('revise', entity.status);
      const { expectedRevision: _ignored, ...changes } = dto;
      const merged = { ...toProposalState(entity), ...changes } as UsulanFields;
      if (merged.region !== entity.region) throw new InvalidInputError('REGION_IMMUTABLE', 'the region of an usulan cannot change; withdraw it and create one in the other region', [{ field: 'region', reason: 'cannot change' }]);
      this.validateFields(merged);
      entity.nomenclatureFlag = null;
      applyFields(entity, merged);
      return this.writer.record(manager, entity, PROPOSAL_EVENT_TYPES.revised, { actor: caller.sub });
    });
  }

  submit(caller: Caller, id: string, dto: LifecycleDto): Promise<ProposalStateV1> {
    return this.transition(caller, id, dto, 'submit');
  }

  withdraw(caller: Caller, id: string, dto: LifecycleDto): Promise<ProposalStateV1> {
    return this.transition(caller, id, dto, 'withdraw');
  }

  private transition(caller: Caller, id: string, dto: LifecycleDto, action: 'submit' | 'withdraw'): Promise<ProposalStateV1> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await loadForUpdate(manager, id);
      assertCanWriteFor(caller, entity.region);
      assertRevision(entity, dto.expectedRevision);
      entity.status = nextStatus(action, entity.status);
      if (action === 'submit') this.validateFields(toProposalState(entity));
      const type = action === 'submit' ? PROPOSAL_EVENT_TYPES.submitted : PROPOSAL_EVENT_TYPES.withdrawn;
      return this.writer.record(manager, entity, type, { actor: caller.sub });
    });
  }
}
