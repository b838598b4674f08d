import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { GovernmentLevel } from '@selaras/contracts';
import { NOMENCLATURE_SCHEMA } from '../config';
import { RetiredCodeEntity } from './retired-code.entity';

export type RetiredCodeRecord = Omit<RetiredCodeEntity, 'versionId'>;
const S = NOMENCLATURE_SCHEMA;
const SELECT = `"level", "code", "name", "retired_in_version_id" AS "retiredInVersionId", "successor_codes" AS "successorCodes", "successor_reason" AS "successorReason"`;

/** The codes that count as retired while a version is in force (written at its activation). */
@Injectable()
export class RetiredCodeStore {
  load(manager: EntityManager, versionId: string): Promise<RetiredCodeRecord[]> {
    return manager.query(`SELECT ${SELECT} FROM "${S}"."retired_code" WHERE "version_id" = $1`, [versionId]);
  }

  find(manager: EntityManager, versionId: string, level: GovernmentLevel | null, codes: readonly string[]): Promise<RetiredCodeRecord[]> {
    return manager.query(
      `SELECT ${SELECT} FROM "${S}"."retired_code" WHERE "version_id" = $1 AND ($2::text IS NULL OR "level" = $2) AND "code" = ANY($3::text[])`,
      [versionId, level, codes],
    );
  }

  /** Replaces the retired set of a version (re-activating a version recomputes it). */
  async replace(manager: EntityManager, versionId: string, records: readonly RetiredCodeRecord[]): Promise<void> {
    await manager.query(`DELETE FROM "${S}"."retired_code" WHERE "version_id" = $1`, [versionId]);
    if (records.length === 0) return;
    // successor_codes is itself an array, which unnest would flatten: it travels as JSON text.
    await manager.query(
      `INSERT INTO "${S}"."retired_code" ("version_id", "level", "code", "name", "retired_in_version_id", "successor_codes", "successor_reason")
       SELECT $1, r.level, r.code, r.name, r.retired_in, ARRAY(SELECT jsonb_array_elements_text(r.successors)), r.reason
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::text[]) AS r(level, code, name, retired_in, successors, reason)`,
      [
        versionId,
        records.map((r) => r.level),
        records.map((r) => r.code),
        records.map((r) => r.name),
        records.map((r) => r.retiredInVersionId),
        records.map((r) => JSON.stringify(r.successorCodes)),
        records.map((r) => r.successorReason),
      ],
    );
  }
}
