import { Module } from '@nestjs/common';
import { RegionsController } from '../regions/regions.controller';
import { SpbeRankingController } from '../spbe/spbe-ranking.controller';
import { SubKegiatanPairs } from './sub-kegiatan-pairs.service';
import { IntegrationHealthModule } from '../integration-health/integration-health.module';
import { SyncFactsRepository } from './sync-facts.repository';
import { SyncReportController } from './sync-report.controller';
import { SyncReportService } from './sync-report.service';

@Module({ imports: [IntegrationHealthModule], controllers: [SyncReportController, SpbeRankingController, RegionsController], providers: [SyncFactsRepository, SyncReportService, SubKegiatanPairs] })
export class SyncReportModule {}
