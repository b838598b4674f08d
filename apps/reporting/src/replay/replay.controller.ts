import { Controller, Get, HttpCode, HttpStatus, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Roles } from '@selaras/service-kit';
import { listGenerations } from '../read-models/generations';
import { ReplayService } from './replay.service';

export class ReplayQuery {
  /** `true`: answer when the new generation is live (the CLI waits this way). */
  @IsOptional() @IsIn(['true', 'false'])
  wait?: 'true' | 'false';
}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('v1/admin/replay')
export class ReplayController {
  constructor(private readonly replay: ReplayService, private readonly dataSource: DataSource) {}

  @Post()
  @Roles('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Rebuild every read model from the topics into a new generation and switch to it without downtime' })
  async start(@Query() query: ReplayQuery, @Res({ passthrough: true }) res: Response) {
    if (query.wait === 'true') {
      res.status(HttpStatus.OK);
      return this.replay.run();
    }
    return this.replay.start();
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Progress of the current or last replay, and the generations' })
  async status() {
    return { replay: this.replay.current(), generations: await listGenerations(this.dataSource) };
  }
}
