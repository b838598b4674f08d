import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PLANNING_STAGES, PlanningStage, RKPD_YEAR_MAX, RKPD_YEAR_MIN } from '@selaras/contracts';
import { Caller, canRead, readForbidden } from '@selaras/service-kit';
import { EXPORT_FORMATS, ExportFormat } from '../exports/export-table';

export class SyncReportQuery {
  /** RKPD year; by default next year's plan, the one being prepared now. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(RKPD_YEAR_MIN) @Max(RKPD_YEAR_MAX)
  year?: number;

  @IsOptional() @IsIn(PLANNING_STAGES, { message: `stage must be one of ${PLANNING_STAGES.join(', ')}` })
  stage?: PlanningStage;

  @IsOptional() @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format?: ExportFormat;
}

export function planningYear(year?: number): number {
  return year ?? new Date().getFullYear() + 1;
}

/** Province-wide reports: a coordinator or viewer of the province (or an admin). */
export function assertProvinceReader(caller: Caller, province: string): void {
  if (!canRead(caller, province)) throw readForbidden(caller, province, 'province');
}
