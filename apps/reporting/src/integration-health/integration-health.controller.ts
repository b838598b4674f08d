import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { RKPD_YEAR_MAX, RKPD_YEAR_MIN } from '@selaras/contracts';
import { Caller, canRead, CurrentCaller, readForbidden, Roles } from '@selaras/service-kit';
import { assertProvinceReader, planningYear } from '../sync/report-query';
import { IntegrationHealthReport, RefusalView } from './integration-health';
import { IntegrationHealthService } from './integration-health.service';

export class IntegrationHealthQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(RKPD_YEAR_MIN) @Max(RKPD_YEAR_MAX)
  year?: number;
}

export class RefusalsQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/reports')
export class IntegrationHealthController {
  constructor(private readonly health: IntegrationHealthService) {}

  @Get('provinces/:province/integration')
  @Roles('coordinator', 'viewer')
  @ApiOperation({ summary: 'Integration health per kab/kota: last event per channel, events and refusals in 24 h, top refusal codes, keys, verdict' })
  integration(@CurrentCaller() caller: Caller, @Param('province') province: string, @Query() query: IntegrationHealthQuery): Promise<IntegrationHealthReport> {
    assertProvinceReader(caller, province);
    return this.health.forProvince(province, planningYear(query.year));
  }

  @Get('regions/:region/refusals')
  @ApiOperation({ summary: 'The latest refused inbound events counted under a region, with their reasons, newest first' })
  refusals(@CurrentCaller() caller: Caller, @Param('region') region: string, @Query() query: RefusalsQuery): Promise<RefusalView[]> {
    if (!canRead(caller, region)) throw readForbidden(caller, region, 'the refusals of');
    return this.health.latestRefusals(region, query.limit ?? 20);
  }
}
