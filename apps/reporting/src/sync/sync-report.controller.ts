import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@selaras/service-kit';
import { exportFile } from '../exports/send-export';
import { syncReportTables } from '../exports/sync-report.tables';
import { assertProvinceReader, planningYear, SyncReportQuery } from './report-query';
import { SyncReport } from './sync-report';
import { SyncReportService } from './sync-report.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/reports/provinces')
export class SyncReportController {
  constructor(private readonly reports: SyncReportService) {}

  @Get(':province/sync')
  @Roles('coordinator', 'viewer')
  @ApiOperation({ summary: 'Synchronisation of a province and its kab/kota for a year (DESIGN §6); ?format=csv|xlsx downloads it' })
  async sync(@CurrentCaller() caller: Caller, @Param('province') province: string, @Query() query: SyncReportQuery): Promise<SyncReport | StreamableFile> {
    assertProvinceReader(caller, province);
    const year = planningYear(query.year);
    const report = await this.reports.report(province, year, query.stage ?? null);
    if (!query.format) return report;
    const stage = query.stage ? `-${query.stage}` : '';
    return exportFile(query.format, `sinkronisasi-${province}-${year}${stage}`, syncReportTables(report));
  }
}
