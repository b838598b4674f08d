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

export async function loadTarget(manager: EntityManager, region: string, year: number): Promise<number | null> {
  const row = await manager.findOne(TargetEntity, { where: { region, year } });
  return row?.target ?? null;
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
