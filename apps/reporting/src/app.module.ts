import { DynamicModule, Module } from '@nestjs/common';
import { allTopicSpecs } from '@selaras/contracts';
import { ServiceKitModule } from '@selaras/service-kit';
import { ReportingConfig, REPORTING_SCHEMA } from './config';
import { REPORTING_MIGRATIONS } from './migrations';
import { ProposalViewEntity } from './proposals/proposal-view.entity';
import { ProposalsReadModule } from './proposals/proposals-read.module';

export const REPORTING_ENTITIES = [ProposalViewEntity];

@Module({})
export class ReportingAppModule {
  static register(config: ReportingConfig): DynamicModule {
    return {
      module: ReportingAppModule,
      imports: [
        ServiceKitModule.forRoot({ name: 'reporting', schema: REPORTING_SCHEMA, config, entities: REPORTING_ENTITIES, migrations: REPORTING_MIGRATIONS, topics: allTopicSpecs() }),
        ProposalsReadModule,
      ],
    };
  }
}
