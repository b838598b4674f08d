import { Module } from '@nestjs/common';
import { ProposalProjection } from './proposal-projection';
import { ProposalViewsController } from './proposal-views.controller';

@Module({ controllers: [ProposalViewsController], providers: [ProposalProjection] })
export class ProposalsReadModule {}
