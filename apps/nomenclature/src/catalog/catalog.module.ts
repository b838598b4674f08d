import { Module } from '@nestjs/common';
import { VersionsModule } from '../versions/versions.module';
import { CatalogController } from './catalog.controller';
import { SearchService } from './search.service';
import { SubKegiatanLookupService } from './sub-kegiatan-lookup.service';
import { ValidateCodesService } from './validate-codes.service';

@Module({
  imports: [VersionsModule],
  controllers: [CatalogController],
  providers: [SubKegiatanLookupService, SearchService, ValidateCodesService],
})
export class CatalogModule {}
