import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { CatalogIndexModule } from './memory/catalog-index.module';
import { SearchService } from './search.service';
import { SubKegiatanLookupService } from './sub-kegiatan-lookup.service';
import { ValidateCodesService } from './validate-codes.service';

@Module({
  imports: [CatalogIndexModule],
  controllers: [CatalogController],
  providers: [SubKegiatanLookupService, SearchService, ValidateCodesService],
})
export class CatalogModule {}
