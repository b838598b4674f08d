import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { RegionsModule } from '../regions/regions.module';
import { TargetsController } from './targets.controller';
import { Targets } from './targets.service';

@Module({ imports: [RegionsModule, FrameworksModule], controllers: [TargetsController], providers: [Targets] })
export class TargetsModule {}
