import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { buildEvent, PRIORITY_EVENT_TYPES, PriorityStateV1 } from '@selaras/contracts';
import { parseProgramCode, parseKegiatanCode } from '@selaras/domain-nomenclature';
import { OutboxService } from '@selaras/messaging';
import { Caller, canRead, canWrite, ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@selaras/service-kit';
import { ChangePriorityDto, DeclarePriorityDto, ListPrioritiesQuery } from './dtos/priority.dtos';
import { PriorityEntity } from './priority.entity';

export function toPriorityState(p: PriorityEntity): PriorityStateV1 {
  return {
    id: p.id, province: p.province, year: p.year, title: p.title, code: p.code,
    ...(p.targetValue !== null && p.targetSatuan ? { target: { value: p.targetValue, satuan: p.targetSatuan } } : {}),
    ...(p.pagu !== null ? { pagu: p.pagu } : {}),
    status: p.status, revision: p.revision, declaredBy: p.declaredBy, updatedAt: p.updatedAt.toISOString(),
  } as PriorityStateV1;
}

/** A provincial coordinator declares and changes the priorities kab/kota should support. */
@Injectable()
export class PrioritiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly outbox: OutboxService) {}

  async declare(caller: Caller, dto: DeclarePriorityDto): Promise<PriorityStateV1> {
    this.assertProvinceCoordinator(caller, dto.province);
    const parsed = dto.code.split('.').length === 3 ? parseProgramCode(dto.code) : parseKegiatanCode(dto.code);
    if (!parsed.ok) throw new InvalidInputError('PRIORITY_CODE_MALFORMED', parsed.error.message, [{ field: 'code', reason: parsed.error.message }]);
    return this.dataSource.transaction(async (manager) => {
      const entity = manager.create(PriorityEntity, {
        id: randomUUID(), province: dto.province, year: dto.year, title: dto.title, code: dto.code,
        targetValue: dto.target?.value ?? null, targetSatuan: dto.target?.satuan ?? null, pagu: dto.pagu ?? null,
        status: 'active', revision: 0,
      });
      return this.record(manager, entity, caller, PRIORITY_EVENT_TYPES.declared);
    });
  }

  async change(caller: Caller, id: string, dto: ChangePriorityDto): Promise<PriorityStateV1> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(PriorityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw new NotFoundError('PRIORITY_NOT_FOUND', `no priority with id ${id}`);
      this.assertProvinceCoordinator(caller, entity.province);
      if (entity.revision !== dto.expectedRevision) {
        throw new ConflictError('PRIORITY_REVISION_STALE', `priority ${id} is at revision ${entity.revision}, not ${dto.expectedRevision}; reload it and apply your change again`, { currentRevision: entity.revision });
      }
      if (dto.title) entity.title = dto.title;
      if (dto.target) Object.assign(entity, { targetValue: dto.target.value, targetSatuan: dto.target.satuan });
      if (dto.pagu !== undefined) entity.pagu = dto.pagu;
      if (dto.status) entity.status = dto.status;
      return this.record(manager, entity, caller, PRIORITY_EVENT_TYPES.changed);
    });
  }

  async list(caller: Caller, query: ListPrioritiesQuery): Promise<PriorityStateV1[]> {
    const province = query.province ?? caller.region.slice(0, 2);
    // Kab/kota read their province's priorities: they are what they should align with.
    if (!canRead(caller, province) && !caller.region.startsWith(`${province}.`)) {
      throw new ForbiddenError('REGION_FORBIDDEN', `a token of region ${caller.region} cannot read the priorities of province ${province}`);
    }
    const rows = await this.dataSource.manager.find(PriorityEntity, { where: { province, ...(query.year ? { year: query.year } : {}) }, order: { year: 'ASC', title: 'ASC' } });
    return rows.map(toPriorityState);
  }

  private assertProvinceCoordinator(caller: Caller, province: string): void {
    if (!/^\d{2}$/.test(province)) throw new InvalidInputError('PRIORITY_PROVINCE_INVALID', `${province} is not a province code; priorities are declared by a province (e.g. 81)`, [{ field: 'province', reason: 'must be a province code' }]);
    if (!canWrite(caller, province)) throw new ForbiddenError('REGION_FORBIDDEN', `a token of region ${caller.region} cannot declare priorities for province ${province}`);
  }

  private async record(manager: EntityManager, entity: PriorityEntity, caller: Caller, type: (typeof PRIORITY_EVENT_TYPES)[keyof typeof PRIORITY_EVENT_TYPES]): Promise<PriorityStateV1> {
    entity.revision += 1;
    entity.declaredBy = caller.sub;
    entity.updatedAt = new Date();
    await manager.save(PriorityEntity, entity);
    const state = toPriorityState(entity);
    await this.outbox.append(manager, { event: buildEvent(type, state, { source: `/regions/${entity.province}/priorities`, subject: entity.id, region: entity.province }), key: entity.id });
    return state;
  }
}
