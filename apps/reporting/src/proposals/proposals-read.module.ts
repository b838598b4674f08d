import { Module } from '@nestjs/common';
import { ProposalViewsController } from './proposal-views.controller';
import { ProposalViewsRepository } from './proposal-views.repository';
import { PublicProposalsController } from './public-proposals.controller';

@Module({ controllers: [ProposalViewsController, PublicProposalsController], providers: [ProposalViewsRepository] })
export class ProposalsReadModule {}
