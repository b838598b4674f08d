import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EventConsumer, KAFKA, KAFKA_PRODUCER, MESSAGING_OPTIONS, MessagingModuleOptions, readiness } from '@selaras/messaging';
import { readModelSources } from './read-model-metrics';
import { REPORTING_SCHEMA } from '../config';
import { ensureLiveGeneration, Generation, GENERATION_CHANNEL, liveGeneration } from './generations';
import { LiveSchema } from './live-schema.service';
import { messagingLogger } from './messaging-logger';
import { PgListener } from './pg-listener.service';
import { PROJECTIONS, projectionGroupId } from './projection-specs';

export interface Subscription {
  groupId: string;
  topics: string[];
}

/** The consumers of one generation in this process. */
export interface RunningGeneration {
  generation: Generation;
  subscriptions: Subscription[];
  /**
   * From now on changes applied by this generation go to the change log (and the stream), and
   * its consumers read with one lane each.
   */
  enableChanges(): Promise<void>;
  /** Events applied by this process's consumers of the generation. */
  applied(): number;
  stop(): Promise<void>;
}

/**
 * Runs the consumers of the live generation, and of a generation being rebuilt. The messaging
 * lib's ConsumerHost only takes registrations before start-up; a replay needs consumer groups
 * created and retired while the service runs, so the runner drives `EventConsumer` itself.
 */
@Injectable()
export class ProjectionRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProjectionRunner.name);
  private live?: RunningGeneration;
  private readonly prepared = new Map<number, RunningGeneration>();
  private queue: Promise<void> = Promise.resolve();
  private started?: Promise<void>;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_PRODUCER) private readonly producer: Producer,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingModuleOptions,
    private readonly dataSource: DataSource,
    private readonly liveSchema: LiveSchema,
    private readonly listener: PgListener,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.ensureStarted();
  }

  /** Idempotent: the live generation exists (created on a first start) and its consumers run. */
  ensureStarted(): Promise<void> {
    readModelSources.liveGeneration = () => this.live?.generation.generation;
    this.started ??= (async () => {
      const generation = await this.dataSource.transaction((tx) => ensureLiveGeneration(tx));
      this.liveSchema.set(generation);
      this.live = await this.start(generation, true);
      this.listener.on(GENERATION_CHANNEL, () => void this.follow());
      this.listener.onReconnect(() => void this.follow());
    })();
    return this.started;
  }

  get liveGeneration(): RunningGeneration | undefined {
    return this.live;
  }

  async start(generation: Generation, emitChanges: boolean): Promise<RunningGeneration> {
    let emitting = emitChanges;
    const consumers: EventConsumer[] = [];
    const subscriptions: Subscription[] = [];
    try {
      for (const spec of PROJECTIONS) {
        const groupId = projectionGroupId(spec, generation.generation);
        const consumer = new EventConsumer({
          kafka: this.kafka,
          producer: this.producer,
          dataSource: this.dataSource,
          schema: REPORTING_SCHEMA,
          groupId,
          topics: spec.topics,
          handler: spec.create({ schema: generation.schema, groupId, emitsChanges: () => emitting }),
          logger: messagingLogger(groupId),
          maxBatch: 1000,
          partitionsConsumedConcurrently: spec.partitionsConsumedConcurrently,
          fromBeginning: true,
          lanes: emitChanges ? 1 : spec.rebuildLanes ?? 1,
          ownerKeys: this.messaging.ownerKeys?.keyring,
        });
        await consumer.start();
        consumers.push(consumer);
        subscriptions.push({ groupId, topics: spec.topics });
      }
    } catch (error) {
      await Promise.all(consumers.map((c) => c.stop().catch(() => undefined)));
      throw error;
    }
    this.logger.log({ generation: generation.generation, schema: generation.schema, emitChanges }, 'projection consumers started');
    return {
      generation,
      subscriptions,
      enableChanges: async () => {
        emitting = true;
        await Promise.all(consumers.map((c) => c.keepOneLane()));
      },
      applied: () => consumers.reduce((sum, c) => sum + c.stats.applied, 0),
      stop: async () => {
        await Promise.all(consumers.map((c) => c.stop()));
      },
    };
  }

  /** A rebuild announces its consumers, so the switch adopts them instead of starting a second set. */
  prepare(running: RunningGeneration): void {
    this.prepared.set(running.generation.generation, running);
  }

  async abandon(generation: number): Promise<void> {
    const running = this.prepared.get(generation);
    this.prepared.delete(generation);
    await running?.stop();
  }

  /** Moves this instance to the generation that is live in the database (after a switch anywhere). */
  follow(): Promise<void> {
    this.queue = this.queue.then(() => this.moveToLive()).catch((error) => this.logger.error({ err: error }, 'cannot follow the live generation'));
    return this.queue;
  }

  private async moveToLive(): Promise<void> {
    const live = await liveGeneration(this.dataSource);
    if (!live || live.generation === this.live?.generation.generation) return;
    // Not ready while the consumers move from one generation to the next (issue 28): the lanes
    // are being dropped and the groups of the new generation rebalance. Only this short move, not
    // the replay's wait for the watermarks, or every instance would leave the Service at once.
    readiness.hold('read-model-switch', `switching to read-model generation ${live.generation}`);
    try {
      const next = this.prepared.get(live.generation) ?? (await this.start(live, true));
      this.prepared.delete(live.generation);
      await next.enableChanges();
      this.liveSchema.set(live);
      const previous = this.live;
      this.live = next;
      this.logger.log({ generation: live.generation, schema: live.schema }, 'serving a new read-model generation');
      await previous?.stop();
    } finally {
      readiness.release('read-model-switch');
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue;
    await Promise.all([this.live, ...this.prepared.values()].map((r) => r?.stop()));
  }
}
