import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsPlanningYear, PLANNING_STAGES, PlanningStage, PROPOSAL_STATUSES, ProposalStatus } from '@selaras/contracts';
import { Caller, canRead, canReadKabKotaOf, CurrentCaller, NotFoundError, readForbidden } from '@selaras/service-kit';
import { EXPORT_FORMATS, ExportFormat } from '../exports/export-table';
import { proposalListTable } from '../exports/proposal-list.table';
import { exportFile } from '../exports/send-export';
import { LiveSchema } from '../read-models/live-schema.service';
import { ProposalViewsRepository } from './proposal-views.repository';

/** An export carries every matching usulan up to this many (a whole province-year). */
const EXPORT_LIMIT = 200_000;

export class ProposalViewQuery {
  @IsOptional() @IsString() region?: string;
  @IsOptional() @Type(() => Number) @IsPlanningYear() year?: number;
  @IsOptional() @IsIn(PROPOSAL_STATUSES) status?: ProposalStatus;
  @IsOptional() @IsIn(PLANNING_STAGES) stage?: PlanningStage;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(10_000_000) offset?: number;
  @IsOptional() @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' }) format?: ExportFormat;
  /** `true`: a province's own usulan only, without its kab/kota. */
  @IsOptional() @IsIn(['true', 'false']) exact?: 'true' | 'false';
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/reports/proposals')
export class ProposalViewsController {
  constructor(private readonly views: ProposalViewsRepository, private readonly liveSchema: LiveSchema) {}

  @Get(':id')
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    const state = await this.views.findById(this.liveSchema.current(), id);
    if (!state) throw new NotFoundError('PROPOSAL_NOT_FOUND', `reporting has no usulan ${id} (yet: events may still be on their way)`);
    if (!canRead(caller, state.region)) throw readForbidden(caller, state.region);
    return state;
  }

  @Get()
  @ApiOperation({ summary: 'Usulan of a region (for its coordinator or viewer, a province includes its kab/kota); ?format=csv|xlsx downloads them all' })
  async list(@CurrentCaller() caller: Caller, @Query() query: ProposalViewQuery) {
    const region = query.region ?? caller.region;
    if (!canRead(caller, region)) throw readForbidden(caller, region);
    const schema = this.liveSchema.current();
    const exporting = query.format !== undefined;
    const { items, total } = await this.views.list(schema, {
      region,
      exact: query.exact === 'true' || !canReadKabKotaOf(caller, region),
      year: query.year,
      status: query.status,
      stage: query.stage,
      limit: exporting ? EXPORT_LIMIT : query.limit ?? 100,
      offset: exporting ? 0 : query.offset ?? 0,
    });
    const names = await this.views.subKegiatanNames(schema, items.map((i) => i.subKegiatan));
    if (!query.format) return { items, total, names };
    return exportFile(query.format, `usulan-${region}${query.year ? `-${query.year}` : ''}`, [proposalListTable(items, names)]) as Promise<StreamableFile>;
  }
}
