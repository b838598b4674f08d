import { EntityManager } from 'typeorm';
import type { AssessmentKind } from '@selaras/contracts';
import { TargetEntity } from '../targets/target.entity';
import { IndicatorLevelEntity } from './indicator-level.entity';
import { RecordedLevel } from './level-changes';

// Reads shared by the use cases that write (inside their transaction) and the queries.

export async function loadLevels(manager: EntityManager, region: string, year: number, kind: AssessmentKind): Promise<Map<number, RecordedLevel>> {
  const rows = await manager.find(IndicatorLevelEntity, { where: { region, year, kind } });
  return new Map(rows.map((r) => [r.indicatorNo, toRecordedLevel(r)]));
}

/**
 * The target of a region's year on the index of `frameworkId`. A target set on another
 * framework's index (a 59/2020 target for a Pemdi year) is no target for this index: the two
 * scales are different series, so no gap is computed against it.
 */
export async function loadTarget(manager: EntityManager, region: string, year: number, frameworkId: string): Promise<number | null> {
  const row = await manager.findOne(TargetEntity, { where: { region, year } });
  return row && row.frameworkId === frameworkId ? row.target : null;
}

function toRecordedLevel(row: IndicatorLevelEntity): RecordedLevel {
  return {
    no: row.indicatorNo,
    level: row.level,
    evidence: { note: row.evidenceNote, documentRef: row.evidenceDocumentRef },
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}
