import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@selaras/service-kit';
import { ChangePriorityDto, DeclarePriorityDto, ListPrioritiesQuery } from './dtos/priority.dtos';
import { PrioritiesService } from './priorities.service';

@ApiTags('priorities')
@ApiBearerAuth()
@Controller('v1/priorities')
export class PrioritiesController {
  constructor(private readonly priorities: PrioritiesService) {}

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Declare a provincial priority for a year (coordinator of the province)' })
  declare(@CurrentCaller() caller: Caller, @Body() body: DeclarePriorityDto) {
    return this.priorities.declare(caller, body);
  }

  @Patch(':id')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Change or withdraw a priority; 409 when expectedRevision is stale' })
  change(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() body: ChangePriorityDto) {
    return this.priorities.change(caller, id, body);
  }

  @Get()
  list(@CurrentCaller() caller: Caller, @Query() query: ListPrioritiesQuery) {
    return this.priorities.list(caller, query);
  }
}
