import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssessmentKind, spbeEventKey } from '@selaras/contracts';
import { RegionDirectory } from '@selaras/domain-region';
import { checkLevels } from '@selaras/domain-spbe';
import { OutboxService } from '@selaras/messaging';
import { Caller } from '@selaras/service-kit';
import { assertMayRecord } from '../access/spbe-access';
import { AssessmentRef, indexComputedEvent, levelRecordedEvent, SpbeEvent } from '../events/spbe-event-builders';
import { FrameworkCatalog } from '../frameworks/framework-catalog.service';
import { resolveRegion } from '../regions/resolve-region';
import { loadLevels, loadTarget } from './assessment-reader';
import { AssessmentView, assessmentView, indexOfLevels } from './assessment-view';
import { AssessmentWriter } from './assessment-writer.service';
import { assertEachIndicatorOnce, LevelInput, levelChanges, RecordedLevel } from './level-changes';

export interface RecordLevelsCommand {
  readonly kind: AssessmentKind;
  readonly frameworkId?: string;
  readonly levels: readonly LevelInput[];
}

export interface RecordLevelsOutcome {
  /** Indicator numbers whose level or evidence changed; the others were already so. */
  readonly changed: number[];
  readonly assessment: AssessmentView;
}

/** Recording indicator levels: one or many, in one transaction, all or nothing. */
@Injectable()
export class AssessmentCommands {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionDirectory,
    private readonly catalog: FrameworkCatalog,
    private readonly writer: AssessmentWriter,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Stores the levels that change something, keeps each change in history, and puts into the
   * outbox a `spbe.level.recorded.v1` per change and, when a level changed and the assessment
   * is complete, one `spbe.index.computed.v1` with the new index. Any refused input (level,
   * indicator, framework) rolls everything back.
   */
  async record(caller: Caller, regionCode: string, year: number, command: RecordLevelsCommand): Promise<RecordLevelsOutcome> {
    const region = resolveRegion(this.regions, regionCode);
    assertMayRecord(caller, region.code, command.kind);
    assertEachIndicatorOnce(command.levels);
    const key = { region: region.code, year };

    return this.dataSource.transaction(async (manager) => {
      const assessment = await this.writer.open(manager, key, command.frameworkId, caller.sub);
      const framework = await this.catalog.compiled(assessment.frameworkId, assessment.frameworkVersion, manager);
      checkLevels(framework, new Map(command.levels.map((l) => [l.no, l.level])));

      const current = await loadLevels(manager, region.code, year, command.kind);
      const changes = levelChanges(current, command.levels);
      const at = new Date();
      const after = new Map<number, RecordedLevel>(current);
      for (const change of changes) after.set(change.no, { no: change.no, level: change.level, evidence: change.evidence, recordedBy: caller.sub, recordedAt: at });
      const result = indexOfLevels(framework, after);
      const target = await loadTarget(manager, region.code, year, assessment.frameworkId);

      const ref: AssessmentRef = { region: region.code, year, frameworkId: assessment.frameworkId, frameworkVersion: assessment.frameworkVersion, kind: command.kind };
      // An indicator scored from another agency's index keeps the level as entered; the event names that index.
      const announced = changes.map((change) => ({ change, event: levelRecordedEvent(ref, change, caller.sub, at, framework.indicatorsByNo.get(change.no)?.scoredFrom) }));
      const events: SpbeEvent[] = announced.map((a) => a.event);
      // Evidence alone does not move the index; an incomplete assessment has none to publish.
      if (result.complete && changes.some((c) => c.levelChanged)) events.push(indexComputedEvent(ref, result, target, at, { name: framework.definition.name, provisional: framework.provisional }));

      await this.writer.saveLevels(manager, key, command.kind, announced, caller.sub, at);
      await this.outbox.append(manager, ...events.map((event) => ({ event, key: spbeEventKey(region.code, year) })));
      return {
        changed: changes.map((c) => c.no),
        assessment: assessmentView({ region, year, kind: command.kind, framework, levels: after, target }, result),
      };
    });
  }
}
