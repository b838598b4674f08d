import { Global, Module } from '@nestjs/common';
import { LiveSchema } from './live-schema.service';
import { PgListener } from './pg-listener.service';
import { ProjectionRunner } from './projection-runner.service';

/** The projections, the generation they write and serve, and the LISTEN connection. */
@Global()
@Module({ providers: [PgListener, LiveSchema, ProjectionRunner], exports: [PgListener, LiveSchema, ProjectionRunner] })
export class ReadModelsModule {}
