import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { Caller, canRead, CurrentCaller, ForbiddenError, NotFoundError } from '@selaras/service-kit';
import { ProposalViewEntity } from './proposal-view.entity';

export class ProposalViewQuery {
  @IsOptional() @IsString() region?: string;
  @IsOptional() @Type(() => Number) @IsInt() year?: number;
  @IsOptional() @IsString() status?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/reports/proposals')
export class ProposalViewsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':id')
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    const view = await this.dataSource.manager.findOne(ProposalViewEntity, { where: { id } });
    if (!view) throw new NotFoundError('PROPOSAL_NOT_FOUND', `reporting has no usulan ${id} (yet: events may still be on their way)`);
    if (!canRead(caller, view.region)) throw new ForbiddenError('REGION_FORBIDDEN', `a token of region ${caller.region} cannot read region ${view.region}`);
    return view.state;
  }

  @Get()
  async list(@CurrentCaller() caller: Caller, @Query() query: ProposalViewQuery) {
    const region = query.region ?? caller.region;
    if (!canRead(caller, region)) throw new ForbiddenError('REGION_FORBIDDEN', `a token of region ${caller.region} cannot read region ${region}`);
    const qb = this.dataSource.manager.createQueryBuilder(ProposalViewEntity, 'p');
    qb.where('(p.region = :region OR p.region LIKE :below)', { region, below: `${region}.%` });
    if (query.year) qb.andWhere('p.year = :year', { year: query.year });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    qb.orderBy('p.updated_at', 'DESC').take(Math.min(query.limit ?? 100, 1000)).skip(query.offset ?? 0);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map((r) => r.state), total };
  }
}
