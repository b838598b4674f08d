import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@selaras/service-kit';
import { PlanningYearPipe } from '../http/planning-year.pipe';
import { SetTargetDto } from './set-target.dto';
import { Targets, TargetView } from './targets.service';

@ApiTags('spbe targets')
@ApiBearerAuth()
@Controller('v1/spbe/targets')
export class TargetsController {
  constructor(private readonly targets: Targets) {}

  @Put(':region/:year')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Set the target index of a region for a year on a framework (named, else the one in force that year: Indeks Pemdi from 2026); coordinator of the province, or admin' })
  set(@CurrentCaller() caller: Caller, @Param('region') region: string, @Param('year', PlanningYearPipe) year: number, @Body() body: SetTargetDto): Promise<TargetView> {
    return this.targets.set(caller, region, year, body.target, body.frameworkId);
  }

  @Get(':region/:year')
  get(@CurrentCaller() caller: Caller, @Param('region') region: string, @Param('year', PlanningYearPipe) year: number) {
    return this.targets.get(caller, region, year);
  }
}
