import { Client } from 'pg';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { chunkBySize, CLOUDEVENTS_CONTENT_TYPE } from '@selaras/contracts';
import { outboxChannel } from '@selaras/persistence';
import { backoffDelay, delay } from './backoff';
import { MessagingLogger, silentLogger } from './log';
import { OwnerSigner } from './owner-signature';
import { outboxPublished, outboxPublishDuration } from '../metrics/messaging-metrics';
import { OutboxBacklog } from '../metrics/outbox-backlog';

export interface OutboxRelayConfig {
  dataSource: DataSource;
  /** Connection string for the relay's own session (LISTEN and the leader lock). */
  databaseUrl: string;
  schema: string;
  producer: Producer;
  logger?: MessagingLogger;
  batchSize?: number;
  /** Fallback poll when no NOTIFY arrives (NOTIFY is lost while the session is down). */
  pollIntervalMs?: number;
  /**
   * How long published rows stay in the outbox (default 7 days): long enough to answer "what did
   * we publish, and when" after an incident, short enough that the table does not grow with every
   * event of the year. Unpublished rows are never removed.
   */
  retainPublishedMs?: number;
  /** How often the leader removes published rows older than that (default every 10 minutes). */
  pruneIntervalMs?: number;
  /**
   * The service's owner key: every message of a topic it owns is sent with its signature in
   * headers, which consumers of owned topics require (issue 23). Tombstones are signed too.
   */
  signer?: OwnerSigner;
}

/** Rows removed per statement, so that pruning a backlog never holds a long lock or transaction. */
const PRUNE_CHUNK = 5000;

export interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  /** Null, like the payload, for a tombstone. */
  event_type: string | null;
  /** The event as the JSON text the service wrote, sent as it is. */
  payload: string | null;
}

/**
 * Publishes outbox rows in id order and marks them published. Exactly one relay per service
 * publishes at a time: the leader holds a PostgreSQL advisory lock on its own session, so when
 * it dies the lock is released and a standby instance takes over. Delivery is at least once
 * (a crash between send and mark re-sends); consumers deduplicate by event id.
 */
export class OutboxRelay {
  private readonly logger: MessagingLogger;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private running = false;
  private loop?: Promise<void>;
  private session?: Client;
  private wake?: () => void;
  /** A commit was announced since the current batch was read. */
  private nudged = false;
  private isLeader = false;
  private published = 0;
  private pruned = 0;
  private lastPrune = 0;
  private pruning?: Promise<void>;

  constructor(private readonly config: OutboxRelayConfig) {
    this.logger = config.logger ?? silentLogger;
    this.batchSize = config.batchSize ?? 500;
    this.pollIntervalMs = config.pollIntervalMs ?? 1000;
  }

  get leader(): boolean {
    return this.isLeader;
  }

  get publishedCount(): number {
    return this.published;
  }

  /** Published rows this relay removed after their retention. */
  get prunedCount(): number {
    return this.pruned;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.pruning;
    await this.closeSession();
  }

  /** Rows not yet published: the health of the relay in one number. */
  async pending(): Promise<number> {
    const [row] = await this.config.dataSource.query(`SELECT count(*)::int AS n FROM "${this.config.schema}"."outbox" WHERE published_at IS NULL`);
    return row.n;
  }

  /** Unpublished rows and the age of the oldest (by id, the order they are published in): what `/metrics` reports. */
  async backlog(): Promise<OutboxBacklog> {
    const [row] = await this.config.dataSource.query(
      `SELECT count(*)::int AS rows,
              COALESCE(EXTRACT(EPOCH FROM now() - (SELECT created_at FROM "${this.config.schema}"."outbox" WHERE published_at IS NULL ORDER BY id LIMIT 1)), 0)::float8 AS age
       FROM "${this.config.schema}"."outbox" WHERE published_at IS NULL`,
    );
    return { rows: row.rows, oldestAgeSeconds: Math.max(0, row.age) };
  }

  private lockKey(): string {
    // Stable 32-bit key per schema, so relays of different services never contend.
    let hash = 0;
    for (const ch of `outbox:${this.config.schema}`) hash = (Math.imul(31, hash) + ch.charCodeAt(0)) | 0;
    return String(hash);
  }

  private async run(): Promise<void> {
    let attempt = 0;
    while (this.running) {
      try {
        await this.openSession();
        if (!(await this.tryLead())) {
          await this.sleep(this.pollIntervalMs * 2);
          continue;
        }
        attempt = 0;
        while (this.running && this.session) {
          this.nudged = false;
          const sent = await this.publishBatch();
          if (sent < this.batchSize) this.pruneIfDue();
          // A NOTIFY that arrived while this batch was being sent named rows the batch may not
          // have seen; waiting for the next one (or the poll) cost the event path tens of ms.
          if (sent < this.batchSize && !this.nudged) await this.sleep(this.pollIntervalMs);
        }
      } catch (error) {
        this.logger.warn({ err: error, schema: this.config.schema }, 'outbox relay interrupted; retrying');
        await this.closeSession();
        await delay(backoffDelay(attempt++, 200, 5000));
      }
    }
  }

  private async openSession(): Promise<void> {
    if (this.session) return;
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: `${this.config.schema}-outbox-relay` });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'outbox relay session lost');
      this.isLeader = false;
      this.session = undefined;
      this.wake?.();
    });
    client.on('notification', () => {
      this.nudged = true;
      this.wake?.();
    });
    await client.connect();
    await client.query(`LISTEN "${outboxChannel(this.config.schema)}"`);
    this.session = client;
  }

  private async tryLead(): Promise<boolean> {
    if (this.isLeader) return true;
    const { rows } = await this.session!.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [this.lockKey()]);
    this.isLeader = rows[0].locked === true;
    if (this.isLeader) this.logger.info({ schema: this.config.schema }, 'outbox relay is the leader');
    return this.isLeader;
  }

  private async closeSession(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.isLeader = false;
    if (session) await session.end().catch(() => undefined);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /**
   * Between batches, when the outbox is drained: removes published rows past their retention,
   * beside the relay rather than in its way (the search for old rows reads the whole table, which
   * under load could hold back the events waiting behind it). One pruning at a time.
   */
  private pruneIfDue(): void {
    const interval = this.config.pruneIntervalMs ?? 10 * 60 * 1000;
    if (this.pruning || Date.now() - this.lastPrune < interval) return;
    this.lastPrune = Date.now();
    this.pruning = this.prune()
      .catch((error) => this.logger.warn({ err: error, schema: this.config.schema }, 'removing published outbox rows failed; trying again later'))
      .finally(() => (this.pruning = undefined));
  }

  private async prune(): Promise<void> {
    const retainMs = this.config.retainPublishedMs ?? 7 * 24 * 60 * 60 * 1000;
    for (;;) {
      // TypeORM answers a DELETE with [rows, rowCount], not with the rows.
      const [rows]: [unknown[], number] = await this.config.dataSource.query(
        `DELETE FROM "${this.config.schema}"."outbox" WHERE id IN (
           SELECT id FROM "${this.config.schema}"."outbox"
           WHERE published_at IS NOT NULL AND published_at < now() - make_interval(secs => $1::double precision / 1000)
           LIMIT ${PRUNE_CHUNK}
         ) RETURNING id`,
        [retainMs],
      );
      this.pruned += rows.length;
      if (rows.length < PRUNE_CHUNK || !this.running) return;
    }
  }

  /** One transaction: read the oldest unpublished rows, send them in order, mark them. */
  private async publishBatch(): Promise<number> {
    const { dataSource, schema, producer } = this.config;
    return dataSource.transaction(async (manager) => {
      // The mark needs no flush to disk before the next batch: lost in a crash, it only means
      // those rows are sent again, which consumers deduplicate (their inbox). Waiting for the
      // WAL flush put a disk sync between every two batches on the event path.
      await manager.query('SET LOCAL synchronous_commit = off');
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, topic, message_key, event_type, payload FROM "${schema}"."outbox"
         WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const endTimer = outboxPublishDuration.startTimer({ service: schema });
      for (const chunk of chunkBySize(rows, (row) => (row.payload?.length ?? 0) + row.message_key.length + 64)) {
        await producer.sendBatch({
          acks: -1,
          topicMessages: groupByTopicInOrder(chunk).map(([topic, messages]) => ({
            topic,
            messages: messages.map((row) => toKafkaMessage(row, this.config.signer)),
          })),
        });
      }
      await manager.query(`UPDATE "${schema}"."outbox" SET published_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      this.published += rows.length;
      endTimer();
      outboxPublished.inc({ service: schema }, rows.length);
      return rows.length;
    });
  }
}

/** An event row becomes a CloudEvent value; a tombstone row a null value (the key is removed on compaction). */
export function toKafkaMessage(row: OutboxRow, signer?: OwnerSigner): { key: string; value: string | null; headers?: Record<string, string> } {
  const signature = signer?.owns(row.topic) ? signer.headersFor(row.topic, row.message_key, row.payload) : undefined;
  if (row.payload === null) return { key: row.message_key, value: null, ...(signature ? { headers: signature } : {}) };
  return {
    key: row.message_key,
    value: row.payload,
    headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE, 'ce-type': row.event_type ?? '', ...signature },
  };
}

/** Groups rows by topic, keeping id order inside each topic (and so per key). */
export function groupByTopicInOrder<T extends { topic: string }>(rows: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.topic) ?? [];
    list.push(row);
    groups.set(row.topic, list);
  }
  return [...groups.entries()];
}
