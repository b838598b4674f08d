import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@selaras/service-kit';
import { SearchQuery, SubKegiatanQuery, ValidateCodesDto } from './dtos/catalog.dtos';
import { SearchResult, SearchService } from './search.service';
import { SubKegiatanLookupService } from './sub-kegiatan-lookup.service';
import { SubKegiatanView } from './sub-kegiatan-view';
import { ValidateCodesService, ValidationResult } from './validate-codes.service';

/** Reads of the catalog: public, no token needed. */
@ApiTags('catalog')
@Controller('v1/nomenclature')
export class CatalogController {
  constructor(private readonly lookup: SubKegiatanLookupService, private readonly searches: SearchService, private readonly validation: ValidateCodesService) {}

  @Get('sub-kegiatan/:code')
  @Public()
  @ApiOperation({ summary: 'One sub kegiatan with its urusan, bidang, program, kegiatan, kinerja, indikator and satuan; 404 problem JSON when unknown' })
  subKegiatan(@Param('code') code: string, @Query() query: SubKegiatanQuery): Promise<SubKegiatanView> {
    return this.lookup.get(code, query.level, query.version);
  }

  @Get('search')
  @Public()
  @ApiOperation({ summary: 'Search sub kegiatan by name (Indonesian text: case, accents and word order ignored, word beginnings match) or by code prefix' })
  search(@Query() query: SearchQuery): Promise<SearchResult> {
    return this.searches.search(query.q, query);
  }

  @Post('validate')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Check codes for a government level: valid, unknown, retired (with successor), wrong_level or malformed, each with a reason' })
  validate(@Body() body: ValidateCodesDto): Promise<ValidationResult> {
    return this.validation.validate(body);
  }
}
