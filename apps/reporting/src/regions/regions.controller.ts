import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { loadRegionDirectory } from '@selaras/domain-region';
import { Public } from '@selaras/service-kit';

@ApiTags('open data')
@Controller('v1/public/provinces')
export class RegionsController {
  @Get()
  @Public()
  @ApiOperation({ summary: 'The 38 provinces with the number of their kab/kota (for pickers)' })
  provinces() {
    const directory = loadRegionDirectory();
    return { items: directory.provinces().map((p) => ({ code: p.code, name: p.name, kabKota: directory.kabKotaOf(p.code).length })) };
  }
}
