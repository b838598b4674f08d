import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsPlanningYear } from '@selaras/contracts';
import { NotFoundError, Public } from '@selaras/service-kit';
import { LiveSchema } from '../read-models/live-schema.service';
import { regionName } from '../regions/region-refs';
import { ProposalViewsRepository } from './proposal-views.repository';
import { toPublicUsulan } from './public-usulan';

/** Past this an offset reads nothing a region has; above 2^31 it overflowed PostgreSQL's integer (issue 23). */
const MAX_OFFSET = 1_000_000;

export class PublicProposalsQuery {
  @IsOptional() @Type(() => Number) @IsPlanningYear() year?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(MAX_OFFSET) offset?: number;
}

@ApiTags('open data')
@Controller('v1/public/regions')
export class PublicProposalsController {
  constructor(private readonly views: ProposalViewsRepository, private readonly liveSchema: LiveSchema) {}

  @Get(':region/proposals')
  @Public()
  @ApiOperation({ summary: 'Open data: the agreed usulan of one region (no token, no personal data)' })
  async list(@Param('region') region: string, @Query() query: PublicProposalsQuery) {
    const name = regionName(region);
    if (!name) throw new NotFoundError('REGION_NOT_FOUND', `no province or kab/kota has the kode wilayah '${region}'`);
    const schema = this.liveSchema.current();
    // Only the region itself: a province's open data is its own plan, its kab/kota publish theirs.
    const { items, total } = await this.views.list(schema, { region, exact: true, year: query.year, status: 'agreed', limit: query.limit ?? 100, offset: query.offset ?? 0 });
    const names = await this.views.subKegiatanNames(schema, items.map((i) => i.subKegiatan));
    return { region: { code: region, name }, year: query.year ?? null, total, items: items.map((i) => toPublicUsulan(i, names[i.subKegiatan] ?? null)) };
  }
}
