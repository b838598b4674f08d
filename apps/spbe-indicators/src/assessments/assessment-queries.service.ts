import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssessmentKind } from '@selaras/contracts';
import { RegionDirectory } from '@selaras/domain-region';
import { Caller } from '@selaras/service-kit';
import { assertMayRead } from '../access/spbe-access';
import { FrameworkCatalog } from '../frameworks/framework-catalog.service';
import { resolveRegion } from '../regions/resolve-region';
import { AssessmentEntity } from './assessment.entity';
import { loadLevels, loadTarget } from './assessment-reader';
import { AssessmentView, assessmentView } from './assessment-view';
import { IndicatorLevelHistoryEntity } from './indicator-level-history.entity';

export interface LevelHistoryView {
  readonly kind: AssessmentKind;
  readonly indicatorNo: number;
  readonly level: number;
  readonly previousLevel: number | null;
  readonly evidence: { note: string | null; documentRef: string | null };
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly eventId: string;
}

@Injectable()
export class AssessmentQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionDirectory,
    private readonly catalog: FrameworkCatalog,
  ) {}

  /**
   * The index of one kind of a region's assessment. Before anything is recorded it is the
   * empty assessment under the framework in force that year: every indicator missing.
   */
  async get(caller: Caller, regionCode: string, year: number, kind: AssessmentKind): Promise<AssessmentView> {
    const region = resolveRegion(this.regions, regionCode);
    assertMayRead(caller, region.code);
    const manager = this.dataSource.manager;
    const assessment = await manager.findOne(AssessmentEntity, { where: { region: region.code, year } });
    const pinned = assessment ? { id: assessment.frameworkId, version: assessment.frameworkVersion } : await this.catalog.forNewAssessment(manager, year);
    const framework = await this.catalog.compiled(pinned.id, pinned.version);
    const [levels, target] = await Promise.all([loadLevels(manager, region.code, year, kind), loadTarget(manager, region.code, year, pinned.id)]);
    return assessmentView({ region, year, kind, framework, levels, target });
  }

  /** Every change, oldest first. */
  async history(caller: Caller, regionCode: string, year: number, kind?: AssessmentKind): Promise<LevelHistoryView[]> {
    const region = resolveRegion(this.regions, regionCode);
    assertMayRead(caller, region.code);
    const rows = await this.dataSource.manager.find(IndicatorLevelHistoryEntity, { where: { region: region.code, year, ...(kind ? { kind } : {}) }, order: { id: 'ASC' } });
    return rows.map((r) => ({
      kind: r.kind,
      indicatorNo: r.indicatorNo,
      level: r.level,
      previousLevel: r.previousLevel,
      evidence: { note: r.evidenceNote, documentRef: r.evidenceDocumentRef },
      recordedBy: r.recordedBy,
      recordedAt: r.recordedAt.toISOString(),
      eventId: r.eventId,
    }));
  }
}
