import { Module } from '@nestjs/common';
import { VersionsModule } from '../versions/versions.module';
import { ImportController } from './import.controller';
import { ImportVersionService } from './import-version.service';

@Module({
  imports: [VersionsModule],
  controllers: [ImportController],
  providers: [ImportVersionService],
})
export class ImportModule {}
