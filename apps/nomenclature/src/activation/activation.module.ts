import { Module } from '@nestjs/common';
import { CatalogIndexModule } from '../catalog/memory/catalog-index.module';
import { VersionsModule } from '../versions/versions.module';
import { ActivateVersionService } from './activate-version.service';
import { ActivationController } from './activation.controller';
import { CatalogTopicGuard } from './catalog-topic-guard.service';

@Module({
  imports: [VersionsModule, CatalogIndexModule],
  controllers: [ActivationController],
  providers: [ActivateVersionService, CatalogTopicGuard],
})
export class ActivationModule {}
