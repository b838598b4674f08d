import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { TargetsController } from './targets.controller';
import { Targets } from './targets.service';

@Module({ imports: [RegionsModule], controllers: [TargetsController], providers: [Targets] })
export class TargetsModule {}
