import { DynamicModule, Module } from '@nestjs/common';
import { TOPICS } from '@selaras/contracts';
import { ServiceKitModule } from '@selaras/service-kit';
import { ActivationModule } from './activation/activation.module';
import { CatalogModule } from './catalog/catalog.module';
import { NOMENCLATURE_SCHEMA, NomenclatureConfig } from './config';
import { EntryEntity } from './entries/entry.entity';
import { RetiredCodeEntity } from './entries/retired-code.entity';
import { ImportModule } from './import/import.module';
import { NOMENCLATURE_MIGRATIONS } from './migrations';
import { VersionEntity } from './versions/version.entity';
import { VersionsModule } from './versions/versions.module';

export const NOMENCLATURE_ENTITIES = [VersionEntity, EntryEntity, RetiredCodeEntity];

@Module({})
export class NomenclatureAppModule {
  static register(config: NomenclatureConfig): DynamicModule {
    return {
      module: NomenclatureAppModule,
      imports: [
        ServiceKitModule.forRoot({
          name: 'nomenclature',
          schema: NOMENCLATURE_SCHEMA,
          config,
          entities: NOMENCLATURE_ENTITIES,
          migrations: NOMENCLATURE_MIGRATIONS,
          // Produces both, consumes neither.
          topics: [TOPICS.nomenclatureEntries, TOPICS.nomenclatureEvents],
        }),
        VersionsModule,
        ImportModule,
        ActivationModule,
        CatalogModule,
      ],
    };
  }
}
