import { DynamicModule, Module } from '@nestjs/common';
import { allTopicSpecs } from '@selaras/contracts';
import { ServiceKitModule } from '@selaras/service-kit';
import { ProposalsConfig, PROPOSALS_SCHEMA } from './config';
import { PROPOSALS_MIGRATIONS } from './migrations';
import { UsulanHistoryEntity } from './usulan/usulan-history.entity';
import { UsulanEntity } from './usulan/usulan.entity';
import { InboundRejectionEntity } from './inbound/inbound-rejection.entity';
import { InboundModule } from './inbound/inbound.module';
import { RegencyKeyEntity } from './inbound/regency-key.entity';
import { NomenclatureWatchModule } from './nomenclature-watch/nomenclature-watch.module';
import { PriorityEntity } from './priorities/priority.entity';
import { OverlapReviewsModule } from './overlap-reviews/overlap-reviews.module';
import { PrioritiesModule } from './priorities/priorities.module';
import { UsulanModule } from './usulan/usulan.module';

export const PROPOSALS_ENTITIES = [UsulanEntity, UsulanHistoryEntity, PriorityEntity, RegencyKeyEntity, InboundRejectionEntity];

@Module({})
export class ProposalsAppModule {
  static register(config: ProposalsConfig): DynamicModule {
    return {
      module: ProposalsAppModule,
      imports: [
        ServiceKitModule.forRoot({
          name: 'proposals',
          schema: PROPOSALS_SCHEMA,
          config,
          entities: PROPOSALS_ENTITIES,
          migrations: PROPOSALS_MIGRATIONS,
          topics: allTopicSpecs(),
        }),
        UsulanModule,
        PrioritiesModule,
        OverlapReviewsModule,
        InboundModule,
        NomenclatureWatchModule,
      ],
    };
  }
}
