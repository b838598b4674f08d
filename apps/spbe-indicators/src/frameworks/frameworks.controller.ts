import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Caller, CurrentCaller, Public, Roles } from '@selaras/service-kit';
import { SpbeErrorsInterceptor } from '../errors/spbe-errors.interceptor';
import { FrameworkDto } from './dtos/framework.dto';
import { FrameworkCatalog } from './framework-catalog.service';
import { FrameworkView } from './framework-view';

@ApiTags('spbe frameworks')
@Controller('v1/spbe/frameworks')
@UseInterceptors(SpbeErrorsInterceptor)
export class FrameworksController {
  constructor(private readonly catalog: FrameworkCatalog) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Every stored framework version with its domains, aspects, indicators, weights, levels and predikat' })
  list(): Promise<FrameworkView[]> {
    return this.catalog.list();
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One framework, its newest version unless ?version= is given' })
  get(@Param('id') id: string, @Query('version') version?: string): Promise<FrameworkView> {
    return this.catalog.find(id, version);
  }

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Add a framework version (admin); 400 SPBE_FRAMEWORK_WEIGHTS_INVALID when weights do not sum to 100 %' })
  async add(@CurrentCaller() caller: Caller, @Body() body: FrameworkDto, @Res({ passthrough: true }) response: Response): Promise<FrameworkView> {
    // Store the plain JSON the admin sent, not the DTO instance with its prototype.
    const { framework, created } = await this.catalog.add(JSON.parse(JSON.stringify(body)), caller.sub);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return framework;
  }
}
