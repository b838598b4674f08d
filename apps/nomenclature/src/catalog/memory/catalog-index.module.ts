import { Module } from '@nestjs/common';
import { VersionsModule } from '../../versions/versions.module';
import { CatalogIndexes } from './catalog-indexes.service';

/** The in-memory catalogs, shared by the catalog reads and the activation (which builds the new one ahead). */
@Module({
  imports: [VersionsModule],
  providers: [CatalogIndexes],
  exports: [CatalogIndexes],
})
export class CatalogIndexModule {}
