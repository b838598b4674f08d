import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CatalogEntry } from '@selaras/domain-nomenclature';
import { NOMENCLATURE_SCHEMA } from '../config';
import { ENTRY_SELECT, entryInsertArrays, entryInsertStatement } from './entry-columns';
import { EntryRecord, toCatalogEntry } from './entry-record';

/** Rows per INSERT: large enough to be fast, small enough to keep one statement a few MB. */
const INSERT_BATCH = 2000;
const S = NOMENCLATURE_SCHEMA;

/** Entries of a version in bulk. Every method runs on the caller's transaction manager. */
@Injectable()
export class EntryStore {
  async insert(manager: EntityManager, versionId: string, records: readonly EntryRecord[]): Promise<void> {
    const statement = entryInsertStatement(S);
    for (let start = 0; start < records.length; start += INSERT_BATCH) {
      await manager.query(statement, [versionId, ...entryInsertArrays(records.slice(start, start + INSERT_BATCH))]);
    }
  }

  /** Every entry of a version, in the order of its file. */
  loadAll(manager: EntityManager, versionId: string): Promise<EntryRecord[]> {
    return manager.query(`SELECT ${ENTRY_SELECT} FROM "${S}"."entry" WHERE "version_id" = $1 ORDER BY "line"`, [versionId]);
  }

  /** Just what a diff needs, in file order. */
  async loadForDiff(manager: EntityManager, versionId: string): Promise<CatalogEntry[]> {
    const rows: Pick<EntryRecord, 'level' | 'code' | 'name' | 'replacesCode' | 'replacesName'>[] = await manager.query(
      `SELECT "level", "code", "name", "replaces_code" AS "replacesCode", "replaces_name" AS "replacesName" FROM "${S}"."entry" WHERE "version_id" = $1 ORDER BY "line"`,
      [versionId],
    );
    return rows.map(toCatalogEntry);
  }

  /** The name the version gives a bidang (`2.16` → `URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA`), null when it has none. */
  async bidangName(manager: EntityManager, versionId: string, bidang: string): Promise<string | null> {
    const [row] = await manager.query(`SELECT "bidang_name" AS name FROM "${S}"."entry" WHERE "version_id" = $1 AND "bidang_code" = $2 LIMIT 1`, [versionId, bidang]);
    return row?.name ?? null;
  }

  /** Entries of a version with any of these (four-digit) codes, at every level. */
  findByCodes(manager: EntityManager, versionId: string, codes: readonly string[]): Promise<EntryRecord[]> {
    return manager.query(`SELECT ${ENTRY_SELECT} FROM "${S}"."entry" WHERE "version_id" = $1 AND "code" = ANY($2::text[])`, [versionId, codes]);
  }
}
