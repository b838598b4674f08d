import { Module } from '@nestjs/common';
import { VersionsModule } from '../versions/versions.module';
import { ActivateVersionService } from './activate-version.service';
import { ActivationController } from './activation.controller';

@Module({
  imports: [VersionsModule],
  controllers: [ActivationController],
  providers: [ActivateVersionService],
})
export class ActivationModule {}
