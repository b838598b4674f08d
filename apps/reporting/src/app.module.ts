import { DynamicModule, Module } from '@nestjs/common';
import { allTopicSpecs } from '@selaras/contracts';
import { ServiceKitModule } from '@selaras/service-kit';
import { ActionsModule } from './actions/actions.module';
import { ReportingConfig, REPORTING_SCHEMA } from './config';
import { DashboardModule } from './dashboard/dashboard.module';
import { REPORTING_MIGRATIONS } from './migrations';
import { ProposalsReadModule } from './proposals/proposals-read.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { ReplayModule } from './replay/replay.module';
import { StreamModule } from './stream/stream.module';
import { SyncReportModule } from './sync/sync-report.module';

/** Read models live in generation schemas written with raw SQL (see read-models/), so no entities. */
export const REPORTING_ENTITIES = [];

@Module({})
export class ReportingAppModule {
  static register(config: ReportingConfig): DynamicModule {
    return {
      module: ReportingAppModule,
      imports: [
        ServiceKitModule.forRoot({ name: 'reporting', schema: REPORTING_SCHEMA, config, entities: REPORTING_ENTITIES, migrations: REPORTING_MIGRATIONS, topics: allTopicSpecs() }),
        ReadModelsModule,
        ReplayModule,
        ProposalsReadModule,
        SyncReportModule,
        StreamModule,
        DashboardModule,
        ActionsModule,
      ],
    };
  }
}
