import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { RKPD_YEAR_MAX, RKPD_YEAR_MIN } from '@selaras/contracts';
import { provinceOf } from '@selaras/domain-region';
import { Caller, CurrentCaller, NotFoundError, Roles } from '@selaras/service-kit';
import { LiveSchema } from '../read-models/live-schema.service';
import { provinceWithKabKota, regionName } from '../regions/region-refs';
import { assertProvinceReader, planningYear } from '../sync/report-query';
import { SyncFactsRepository } from '../sync/sync-facts.repository';
import { spbeFrameworkOfYear } from '../sync/spbe-framework';
import { spbeHistory } from './spbe-history';
import { rankBySpbe } from './spbe-ranking';

export class SpbeHistoryQuery {
  @IsString() @Matches(/^\d{2}(\.\d{2})?$/, { message: 'region must be a kode wilayah such as 81 or 81.71' })
  region!: string;
}

export class SpbeRankingQuery {
  @IsString() @Matches(/^\d{2}$/, { message: 'province must be a province code such as 81' })
  province!: string;

  /** Latest assessment up to this year (final before self). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(RKPD_YEAR_MIN) @Max(RKPD_YEAR_MAX)
  year?: number;
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/reports/spbe')
export class SpbeRankingController {
  constructor(private readonly facts: SyncFactsRepository, private readonly liveSchema: LiveSchema) {}

  @Get('ranking')
  @Roles('coordinator', 'viewer')
  @ApiOperation({ summary: 'The province and its kab/kota ranked by the index in force for the year (Indeks SPBE to 2025, Indeks Pemdi from 2026), with targets' })
  async ranking(@CurrentCaller() caller: Caller, @Query() query: SpbeRankingQuery) {
    assertProvinceReader(caller, query.province);
    const { province, kabKota } = provinceWithKabKota(query.province);
    const year = planningYear(query.year);
    const facts = await this.facts.spbe(this.liveSchema.current(), { province: province.code, year, stage: null });
    // `framework` names the index ranked, so a page can say "Indeks Pemdi" (and its provisional flag) from 2026.
    return { province: { code: province.code, name: province.name }, year, framework: spbeFrameworkOfYear(year), items: rankBySpbe([province, ...kabKota], facts, year) };
  }

  @Get('history')
  @Roles('coordinator', 'viewer')
  @ApiOperation({ summary: "A region's index over the years, one series per framework (Indeks SPBE to 2025, Indeks Pemdi from 2026), never joined" })
  async history(@CurrentCaller() caller: Caller, @Query() query: SpbeHistoryQuery) {
    const name = regionName(query.region);
    if (!name) throw new NotFoundError('REGION_UNKNOWN', `no region has the kode wilayah '${query.region}'`);
    // The region's own readers and its province's coordinators and viewers.
    assertProvinceReader(caller, query.region);
    const province = provinceOf(query.region);
    const facts = await this.facts.spbe(this.liveSchema.current(), { province, year: RKPD_YEAR_MAX, stage: null });
    return { region: query.region, name, series: spbeHistory(facts.indexes, query.region) };
  }
}
