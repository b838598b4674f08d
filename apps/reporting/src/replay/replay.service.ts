import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { KAFKA } from '@selaras/messaging';
import { ConflictError, InjectConfig } from '@selaras/service-kit';
import { ReportingConfig } from '../config';
import { createGeneration, dropGeneration, Generation, listGenerations, markCaughtUp, switchToGeneration } from '../read-models/generations';
import { partitionKey, positionsOf, Positions } from '../read-models/positions';
import { ProjectionRunner, Subscription } from '../read-models/projection-runner.service';
import { groupIdsOf, projectedTopics } from '../read-models/projection-specs';
import { READ_MODEL_VERSION } from '../read-models/read-model.ddl';
import { readModelSources } from '../read-models/read-model-metrics';
import { furthest, lagBehind, Watermark } from './catch-up';

export interface ReplayStatus {
  state: 'idle' | 'building' | 'switching' | 'done' | 'failed';
  generation?: number;
  schema?: string;
  startedAt?: string;
  caughtUpAt?: string;
  switchedAt?: string;
  /** Messages the rebuild still has to apply to reach the watermarks it is chasing. */
  lag?: number;
  eventsApplied?: number;
  eventsPerSecond?: number;
  error?: string;
}

const POLL_MS = 100;

/**
 * Rebuilds every read model from the topics into a fresh generation and switches to it without
 * downtime:
 *
 * 1. Under a session advisory lock (one replay at a time across instances; released if the
 *    process dies), drop generations left over from earlier replays, then create schema
 *    `reporting_g<n+1>` with the current DDL.
 * 2. Start new consumer groups `reporting.<model>-projection.g<n+1>` reading from the beginning.
 *    They write only the new schema and log no changes (a replay is not news). The live
 *    generation keeps serving and streaming meanwhile.
 * 3. Caught up = every new group's position has reached the high watermarks read just before.
 *    From then on the new generation logs its changes too; the change log's unique event id
 *    keeps an event applied by both generations from being streamed twice.
 * 4. Read the watermarks again and wait until both the new and the live groups have passed
 *    them: whatever the new generation applied silently, the live one has logged.
 * 5. Switch in one transaction (pointer row + NOTIFY): requests resolve the new schema from then
 *    on, every instance moves its consumers to the new groups, the old generation is retired and
 *    dropped by the next replay (so requests still reading it finish undisturbed).
 */
@Injectable()
export class ReplayService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReplayService.name);
  private status: ReplayStatus = { state: 'idle' };
  private running?: Promise<ReplayStatus>;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly runner: ProjectionRunner,
    @InjectConfig() private readonly config: ReportingConfig,
  ) {}

  /** A service whose read-model DDL changed rebuilds on start; the old tables serve meanwhile. */
  async onApplicationBootstrap(): Promise<void> {
    readModelSources.replay = () => this.current();
    await this.runner.ensureStarted();
    const live = this.runner.liveGeneration?.generation;
    if (live && live.version !== READ_MODEL_VERSION) {
      this.logger.log({ generation: live.generation, version: live.version, wanted: READ_MODEL_VERSION }, 'read models are of an older version; rebuilding');
      this.start().catch((error) => this.logger.warn({ err: error }, 'automatic rebuild not started'));
    }
  }

  current(): ReplayStatus {
    return { ...this.status };
  }

  /** Starts a replay and returns once its generation exists; 409 while another one runs. */
  async start(): Promise<ReplayStatus> {
    if (this.running) throw new ConflictError('REPLAY_RUNNING', `a replay is already running (generation ${this.status.generation})`);
    const lock = await this.acquireLock();
    let generation: Generation;
    try {
      await this.dropLeftovers();
      generation = await this.dataSource.transaction((tx) => createGeneration(tx, 'building'));
    } catch (error) {
      await lock.end();
      throw error;
    }
    this.status = { state: 'building', generation: generation.generation, schema: generation.schema, startedAt: new Date().toISOString() };
    this.running = this.rebuild(generation)
      .catch((error: Error) => {
        this.logger.error({ err: error, generation: generation.generation }, 'replay failed');
        this.status = { ...this.status, state: 'failed', error: error.message };
        return this.status;
      })
      .finally(() => {
        this.running = undefined;
        void lock.end().catch(() => undefined);
      });
    return this.current();
  }

  /** Runs a replay to the switch: what the CLI and `?wait=true` use. */
  async run(): Promise<ReplayStatus> {
    await this.start();
    return (await this.running) ?? this.current();
  }

  private async acquireLock(): Promise<Client> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'reporting-replay' });
    await client.connect();
    const [{ locked }] = (await client.query(`SELECT pg_try_advisory_lock(hashtext('reporting.replay')) AS locked`)).rows;
    if (!locked) {
      await client.end();
      throw new ConflictError('REPLAY_RUNNING', 'another reporting instance is running a replay');
    }
    return client;
  }

  /** Retired generations, and builds abandoned by a crashed instance (we hold the lock, so none is running). */
  private async dropLeftovers(): Promise<void> {
    const leftovers = (await listGenerations(this.dataSource)).filter((g) => g.status !== 'live');
    for (const generation of leftovers) {
      const groupIds = groupIdsOf(generation.generation);
      await this.dataSource.transaction((tx) => dropGeneration(tx, generation, groupIds));
      await this.deleteGroups(groupIds);
    }
  }

  private async rebuild(generation: Generation): Promise<ReplayStatus> {
    const started = Date.now();
    const running = await this.runner.start(generation, false);
    this.runner.prepare(running);
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const topics = projectedTopics();
      await this.waitUntilPast(admin, running.subscriptions, await this.watermarks(admin, topics));
      await running.enableChanges();
      await markCaughtUp(this.dataSource, generation.generation);
      const caughtUp = Date.now();
      this.status = { ...this.status, caughtUpAt: new Date(caughtUp).toISOString(), lag: 0 };

      this.status = { ...this.status, state: 'switching' };
      const live = this.runner.liveGeneration;
      await this.waitUntilPast(admin, [...running.subscriptions, ...(live?.subscriptions ?? [])], await this.watermarks(admin, topics), false);
      await this.dataSource.transaction((tx) => switchToGeneration(tx, generation.generation));
      await this.runner.follow();
      const applied = running.applied();
      this.status = {
        ...this.status,
        state: 'done',
        switchedAt: new Date().toISOString(),
        eventsApplied: applied,
        eventsPerSecond: Math.round(applied / Math.max((caughtUp - started) / 1000, 0.001)),
      };
      this.logger.log({ ...this.status }, 'replay switched to the new generation');
      return this.current();
    } catch (error) {
      await this.runner.abandon(generation.generation);
      throw error;
    } finally {
      await admin.disconnect();
    }
  }

  private async watermarks(admin: Admin, topics: string[]): Promise<Watermark[]> {
    const marks: Watermark[] = [];
    for (const topic of topics) {
      for (const p of await admin.fetchTopicOffsets(topic)) {
        marks.push({ topic, partition: p.partition, low: BigInt(p.low), high: BigInt(p.high) });
      }
    }
    return marks;
  }

  /** Polls until every subscription's group has applied everything below `marks`. */
  private async waitUntilPast(admin: Admin, subscriptions: Subscription[], marks: Watermark[], reportLag = true): Promise<void> {
    for (;;) {
      let lag = 0n;
      for (const s of subscriptions) lag += lagBehind(marks, s.topics, furthest(await positionsOf(this.dataSource, s.groupId), await this.committed(admin, s)));
      if (reportLag) this.status = { ...this.status, lag: Number(lag) };
      if (lag === 0n) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Offsets committed in Kafka: they also cover messages no projection saw (duplicates within a batch). */
  private async committed(admin: Admin, subscription: Subscription): Promise<Positions> {
    const committed: Positions = new Map();
    for (const t of await admin.fetchOffsets({ groupId: subscription.groupId, topics: subscription.topics })) {
      for (const p of t.partitions) if (BigInt(p.offset) >= 0n) committed.set(partitionKey(t.topic, p.partition), BigInt(p.offset));
    }
    return committed;
  }

  private async deleteGroups(groupIds: string[]): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.deleteGroups(groupIds);
    } catch (error) {
      // Groups that never existed, or still have a member on an instance that has not moved yet:
      // they hold only offsets, and the next replay tries again.
      this.logger.debug?.({ err: error, groupIds }, 'old consumer groups not deleted');
    } finally {
      await admin.disconnect();
    }
  }
}
