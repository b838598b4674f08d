import { Module } from '@nestjs/common';
import { IntegrationHealthController } from './integration-health.controller';
import { IntegrationHealthRepository } from './integration-health.repository';
import { IntegrationHealthService } from './integration-health.service';

@Module({ controllers: [IntegrationHealthController], providers: [IntegrationHealthRepository, IntegrationHealthService], exports: [IntegrationHealthService] })
export class IntegrationHealthModule {}
