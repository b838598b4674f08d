import { Body, Controller, Get, Param, ParseIntPipe, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@selaras/service-kit';
import { SpbeErrorsInterceptor } from '../errors/spbe-errors.interceptor';
import { PlanningYearPipe } from '../http/planning-year.pipe';
import { AssessmentCommands, RecordLevelsOutcome } from './assessment-commands.service';
import { AssessmentQueries, LevelHistoryView } from './assessment-queries.service';
import { AssessmentView, IndicatorLevelView } from './assessment-view';
import { AssessmentQuery, HistoryQuery, RecordLevelDto, RecordLevelsDto } from './dtos/assessment.dtos';
import { normaliseEvidence } from './level-changes';

const Year = () => Param('year', PlanningYearPipe);

@ApiTags('spbe assessments')
@ApiBearerAuth()
@Controller('v1/spbe/assessments')
@UseInterceptors(SpbeErrorsInterceptor)
export class AssessmentsController {
  constructor(private readonly commands: AssessmentCommands, private readonly queries: AssessmentQueries) {}

  @Put(':region/:year/indicators/:no')
  @Roles('opd', 'bappeda', 'coordinator')
  @ApiOperation({ summary: 'Record one indicator level (1–5) with evidence; kind self (opd/bappeda of the region) or final (coordinator of the province)' })
  async recordOne(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Year() year: number,
    @Param('no', ParseIntPipe) no: number,
    @Body() body: RecordLevelDto,
  ): Promise<{ indicator: IndicatorLevelView; changed: boolean; assessment: AssessmentView }> {
    const outcome = await this.commands.record(caller, region, year, {
      kind: body.kind,
      frameworkId: body.frameworkId,
      levels: [{ no, level: body.level, evidence: normaliseEvidence(body.evidence) }],
    });
    const indicator = outcome.assessment.indicators.find((i) => i.no === no) as IndicatorLevelView;
    return { indicator, changed: outcome.changed.length > 0, assessment: outcome.assessment };
  }

  @Put(':region/:year')
  @Roles('opd', 'bappeda', 'coordinator')
  @ApiOperation({ summary: 'Record many indicator levels at once, in one transaction: all or nothing' })
  recordMany(@CurrentCaller() caller: Caller, @Param('region') region: string, @Year() year: number, @Body() body: RecordLevelsDto): Promise<RecordLevelsOutcome> {
    return this.commands.record(caller, region, year, {
      kind: body.kind,
      frameworkId: body.frameworkId,
      levels: body.levels.map((l) => ({ no: l.no, level: l.level, evidence: normaliseEvidence(l.evidence) })),
    });
  }

  @Get(':region/:year')
  @ApiOperation({ summary: 'Index, predikat, per domain and aspect, weakest indicators, target and gap; ?kind=final (default) or self' })
  get(@CurrentCaller() caller: Caller, @Param('region') region: string, @Year() year: number, @Query() query: AssessmentQuery): Promise<AssessmentView> {
    return this.queries.get(caller, region, year, query.kind ?? 'final');
  }

  @Get(':region/:year/history')
  @ApiOperation({ summary: 'Every change of a level, oldest first, with who recorded it and the event that announced it' })
  history(@CurrentCaller() caller: Caller, @Param('region') region: string, @Year() year: number, @Query() query: HistoryQuery): Promise<LevelHistoryView[]> {
    return this.queries.history(caller, region, year, query.kind);
  }
}
