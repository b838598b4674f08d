import { Global, Module } from '@nestjs/common';
import { ChangeLogPruner } from './change-log-pruner.service';
import { LiveSchema } from './live-schema.service';
import { PgListener } from './pg-listener.service';
import { ProjectionRunner } from './projection-runner.service';

/** The projections, the generation they write and serve, the LISTEN connection and the change log's retention. */
@Global()
@Module({ providers: [PgListener, LiveSchema, ProjectionRunner, ChangeLogPruner], exports: [PgListener, LiveSchema, ProjectionRunner] })
export class ReadModelsModule {}
