import { Module } from '@nestjs/common';
import { FrameworkCatalog } from './framework-catalog.service';
import { FrameworkSeeder } from './framework-seeder.service';
import { FrameworksController } from './frameworks.controller';

@Module({
  controllers: [FrameworksController],
  providers: [FrameworkCatalog, FrameworkSeeder],
  exports: [FrameworkCatalog],
})
export class FrameworksModule {}
