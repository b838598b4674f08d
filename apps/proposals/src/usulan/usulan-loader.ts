import { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '@selaras/service-kit';
import { UsulanEntity } from './usulan.entity';

/** Loads an usulan for change, locking its row until the transaction ends. */
export async function loadForUpdate(manager: EntityManager, id: string): Promise<UsulanEntity> {
  const entity = await manager.findOne(UsulanEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!entity) throw new NotFoundError('PROPOSAL_NOT_FOUND', `no usulan with id ${id}`);
  return entity;
}

/** Optimistic concurrency: the client must have seen the current revision. */
export function assertRevision(entity: UsulanEntity, expected: number | undefined): void {
  if (expected !== undefined && expected !== entity.revision) {
    throw new ConflictError('PROPOSAL_REVISION_STALE', `usulan ${entity.id} is at revision ${entity.revision}, not ${expected}; reload it and apply your change again`, { currentRevision: entity.revision });
  }
}
