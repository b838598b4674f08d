import { Controller, Get, Param, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { GOVERNMENT_LEVELS, GovernmentLevel } from '@selaras/contracts';
import { Public } from '@selaras/service-kit';
import { VersionDiffService } from './version-diff.service';
import { VersionDiffView } from './version-diff-view';
import { VersionStore } from './version-store.service';
import { toVersionView, VersionView } from './version-view';

export class VersionDiffQuery {
  @IsOptional() @IsIn(GOVERNMENT_LEVELS)
  level?: GovernmentLevel;

  /** Cut each list to this many items (the summary still counts all). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100000)
  limit?: number;
}

@ApiTags('versions')
@Controller('v1/nomenclature/versions')
export class VersionsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly versions: VersionStore, private readonly diffs: VersionDiffService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Every imported version, newest import first, and which one is active' })
  async list(): Promise<{ activeVersionId: string | null; items: VersionView[] }> {
    const items = (await this.versions.list(this.dataSource.manager)).map(toVersionView);
    return { activeVersionId: items.find((v) => v.active)?.id ?? null, items };
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One version' })
  async get(@Param('id') id: string): Promise<VersionView> {
    return toVersionView(await this.versions.get(this.dataSource.manager, id));
  }

  @Get(':from/diff/:to')
  @Public()
  @ApiOperation({ summary: 'What changed from one version to another: added, retired (with successors), renamed, replaced-by; counts and lists' })
  diff(@Param('from') from: string, @Param('to') to: string, @Query() query: VersionDiffQuery): Promise<VersionDiffView> {
    return this.diffs.diff(from, to, query);
  }
}
