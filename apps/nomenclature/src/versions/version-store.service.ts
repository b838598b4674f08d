import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NoActiveVersionError, VersionNotFoundError } from '../nomenclature.errors';
import { VersionEntity } from './version.entity';

/** Versions, on the caller's transaction manager. */
@Injectable()
export class VersionStore {
  find(manager: EntityManager, id: string): Promise<VersionEntity | null> {
    return manager.findOne(VersionEntity, { where: { id } });
  }

  async get(manager: EntityManager, id: string): Promise<VersionEntity> {
    const version = await this.find(manager, id);
    if (!version) throw new VersionNotFoundError(id);
    return version;
  }

  findByContentHash(manager: EntityManager, contentHash: string): Promise<VersionEntity | null> {
    return manager.findOne(VersionEntity, { where: { contentHash } });
  }

  findActive(manager: EntityManager): Promise<VersionEntity | null> {
    return manager.findOne(VersionEntity, { where: { active: true } });
  }

  /** The version a read asks for, or the active one when it names none. */
  async resolve(manager: EntityManager, id?: string): Promise<VersionEntity> {
    if (id) return this.get(manager, id);
    const active = await this.findActive(manager);
    if (!active) throw new NoActiveVersionError();
    return active;
  }

  list(manager: EntityManager): Promise<VersionEntity[]> {
    return manager.find(VersionEntity, { order: { importedAt: 'DESC' } });
  }

  insert(manager: EntityManager, version: VersionEntity): Promise<VersionEntity> {
    return manager.save(VersionEntity, version);
  }

  /** Puts `next` in force instead of `previous`, in the caller's transaction. */
  async activate(manager: EntityManager, next: VersionEntity, previous: VersionEntity | null, at: Date): Promise<VersionEntity> {
    // Deactivate first: the partial unique index allows one active row at a time.
    if (previous) await manager.update(VersionEntity, { id: previous.id }, { active: false });
    await manager.update(VersionEntity, { id: next.id }, { active: true, activatedAt: at, previousVersionId: previous?.id ?? null });
    return { ...next, active: true, activatedAt: at, previousVersionId: previous?.id ?? null };
  }
}
