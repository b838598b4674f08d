import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NoActiveVersionError, VersionNotFoundError } from '../nomenclature.errors';
import { NOMENCLATURE_SCHEMA } from '../config';
import { VersionEntity } from './version.entity';

/** A version as an in-memory catalog keys it: its retired codes are recomputed each time it is activated. */
export interface VersionStamp {
  id: string;
  activatedAt: Date | null;
}

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

  /**
   * Which version a read means and when it was last activated, in one indexed single-row
   * statement: cheap enough to ask on every read, so an in-memory catalog is never used after
   * another instance activated a newer one.
   */
  async stamp(manager: EntityManager, id?: string): Promise<VersionStamp> {
    const [row]: { id: string; activatedAt: Date | null }[] = id
      ? await manager.query(`SELECT "id", "activated_at" AS "activatedAt" FROM "${NOMENCLATURE_SCHEMA}"."version" WHERE "id" = $1`, [id])
      : await manager.query(`SELECT "id", "activated_at" AS "activatedAt" FROM "${NOMENCLATURE_SCHEMA}"."version" WHERE "active"`);
    if (!row) throw id ? new VersionNotFoundError(id) : new NoActiveVersionError();
    return { id: row.id, activatedAt: row.activatedAt };
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
