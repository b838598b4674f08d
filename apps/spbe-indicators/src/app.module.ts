import { DynamicModule, Module } from '@nestjs/common';
import { allTopicSpecs } from '@selaras/contracts';
import { ServiceKitModule } from '@selaras/service-kit';
import { AssessmentEntity } from './assessments/assessment.entity';
import { AssessmentsModule } from './assessments/assessments.module';
import { IndicatorLevelHistoryEntity } from './assessments/indicator-level-history.entity';
import { IndicatorLevelEntity } from './assessments/indicator-level.entity';
import { SPBE_SCHEMA, SpbeIndicatorsConfig } from './config';
import { FrameworkEntity } from './frameworks/framework.entity';
import { FrameworksModule } from './frameworks/frameworks.module';
import { SPBE_MIGRATIONS } from './migrations';
import { TargetEntity } from './targets/target.entity';
import { TargetsModule } from './targets/targets.module';

export const SPBE_ENTITIES = [FrameworkEntity, AssessmentEntity, IndicatorLevelEntity, IndicatorLevelHistoryEntity, TargetEntity];

@Module({})
export class SpbeIndicatorsAppModule {
  static register(config: SpbeIndicatorsConfig): DynamicModule {
    return {
      module: SpbeIndicatorsAppModule,
      imports: [
        ServiceKitModule.forRoot({
          name: 'spbe-indicators',
          schema: SPBE_SCHEMA,
          config,
          entities: SPBE_ENTITIES,
          migrations: SPBE_MIGRATIONS,
          topics: allTopicSpecs(),
        }),
        FrameworksModule,
        AssessmentsModule,
        TargetsModule,
      ],
    };
  }
}
