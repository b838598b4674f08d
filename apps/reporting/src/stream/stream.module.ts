import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { StreamSlots } from './stream-slots';
import { ChangeStreamHub } from './change-stream.hub';
import { StreamController } from './stream.controller';
import { StreamSessionController } from './stream-session.controller';
import { StreamTokenMiddleware } from './stream-token.middleware';

@Module({ controllers: [StreamController, StreamSessionController], providers: [ChangeStreamHub, StreamSlots] })
export class StreamModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(StreamTokenMiddleware).forRoutes({ path: 'v1/stream', method: RequestMethod.GET });
  }
}
