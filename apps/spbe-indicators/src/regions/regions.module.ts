import { Module } from '@nestjs/common';
import { loadRegionDirectory, RegionDirectory } from '@selaras/domain-region';

/** The region directory (38 provinsi, 514 kabupaten/kota), read once from libs/domain-region's data file. */
@Module({
  providers: [{ provide: RegionDirectory, useFactory: loadRegionDirectory }],
  exports: [RegionDirectory],
})
export class RegionsModule {}
