import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { VersionsModule } from '../versions/versions.module';
import { ImportController } from './import.controller';
import { ImportVersionService } from './import-version.service';
import { rawUploadParser } from './raw-upload.middleware';

@Module({
  imports: [VersionsModule],
  controllers: [ImportController],
  providers: [ImportVersionService],
})
export class ImportModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(rawUploadParser).forRoutes({ path: 'v1/nomenclature/versions', method: RequestMethod.POST });
  }
}
