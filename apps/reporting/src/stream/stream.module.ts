import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ChangeStreamHub } from './change-stream.hub';
import { StreamController } from './stream.controller';
import { StreamSessionController } from './stream-session.controller';
import { StreamTokenMiddleware } from './stream-token.middleware';

@Module({ controllers: [StreamController, StreamSessionController], providers: [ChangeStreamHub] })
export class StreamModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(StreamTokenMiddleware).forRoutes({ path: 'v1/stream', method: RequestMethod.GET });
  }
}
