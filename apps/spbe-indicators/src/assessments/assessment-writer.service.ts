import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictError } from '@selaras/service-kit';
import { SpbeEvent } from '../events/spbe-event-builders';
import { FrameworkCatalog } from '../frameworks/framework-catalog.service';
import { AssessmentEntity } from './assessment.entity';
import { LevelChange } from './level-changes';

export interface AssessmentKey {
  readonly region: string;
  readonly year: number;
}

/** A change with the `spbe.level.recorded.v1` event that announces it (its id goes in the history). */
export interface AnnouncedChange {
  readonly change: LevelChange;
  readonly event: SpbeEvent;
}

/** The statements that change an assessment; always inside the caller's transaction. */
@Injectable()
export class AssessmentWriter {
  constructor(private readonly catalog: FrameworkCatalog) {}

  /**
   * Locks the region's year until the transaction ends, so concurrent writers compute the
   * index one after the other and their events leave in that order. On first use it opens
   * the assessment, pinning the framework version it will be computed with.
   */
  async open(manager: EntityManager, key: AssessmentKey, frameworkId: string | undefined, actor: string): Promise<AssessmentEntity> {
    let assessment = await this.lock(manager, key);
    if (!assessment) {
      const framework = await this.catalog.forNewAssessment(manager, key.year, frameworkId);
      // DO NOTHING: a concurrent first writer may have opened it; its row is then the one we lock.
      await manager.query(
        `INSERT INTO "spbe"."assessment" (region, year, framework_id, framework_version, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT (region, year) DO NOTHING`,
        [key.region, key.year, framework.id, framework.version, actor],
      );
      assessment = (await this.lock(manager, key)) as AssessmentEntity;
    }
    if (frameworkId !== undefined && frameworkId !== assessment.frameworkId) {
      throw new ConflictError(
        'SPBE_ASSESSMENT_FRAMEWORK_MISMATCH',
        `the ${key.year} assessment of ${key.region} is computed with ${assessment.frameworkId} (${assessment.frameworkVersion}), not ${frameworkId}; leave frameworkId out or name that one`,
        { frameworkId: assessment.frameworkId, frameworkVersion: assessment.frameworkVersion },
      );
    }
    return assessment;
  }

  /** Stores the new levels and one history row per change, with the id of its event. */
  async saveLevels(manager: EntityManager, key: AssessmentKey, kind: string, announced: readonly AnnouncedChange[], actor: string, at: Date): Promise<void> {
    if (announced.length === 0) return;
    const changes = announced.map((a) => a.change);
    const columns = {
      no: changes.map((c) => c.no),
      level: changes.map((c) => c.level),
      note: changes.map((c) => c.evidence.note),
      ref: changes.map((c) => c.evidence.documentRef),
    };
    await manager.query(
      `INSERT INTO "spbe"."indicator_level" (region, year, kind, indicator_no, level, evidence_note, evidence_document_ref, recorded_by, recorded_at)
       SELECT $1, $2, $3, u.no, u.level, u.note, u.ref, $4, $5
       FROM unnest($6::int[], $7::smallint[], $8::text[], $9::text[]) AS u(no, level, note, ref)
       ON CONFLICT (region, year, kind, indicator_no) DO UPDATE SET
         level = EXCLUDED.level, evidence_note = EXCLUDED.evidence_note, evidence_document_ref = EXCLUDED.evidence_document_ref,
         recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
      [key.region, key.year, kind, actor, at, columns.no, columns.level, columns.note, columns.ref],
    );
    await manager.query(
      `INSERT INTO "spbe"."indicator_level_history" (region, year, kind, indicator_no, level, previous_level, evidence_note, evidence_document_ref, recorded_by, recorded_at, event_id)
       SELECT $1, $2, $3, u.no, u.level, u.previous, u.note, u.ref, $4, $5, u.event_id
       FROM unnest($6::int[], $7::smallint[], $8::smallint[], $9::text[], $10::text[], $11::uuid[]) WITH ORDINALITY AS u(no, level, previous, note, ref, event_id, ord)
       ORDER BY u.ord`,
      [key.region, key.year, kind, actor, at, columns.no, columns.level, changes.map((c) => c.previousLevel), columns.note, columns.ref, announced.map((a) => a.event.id)],
    );
  }

  private lock(manager: EntityManager, key: AssessmentKey): Promise<AssessmentEntity | null> {
    return manager.findOne(AssessmentEntity, { where: { region: key.region, year: key.year }, lock: { mode: 'pessimistic_write' } });
  }
}
