import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { BatchedEvent, CloudEvent, ContractError, EventType, isKnownEventType, parseEnvelope, parseEnvelopedEvent, parseEventJson } from '@selaras/contracts';
import { backoffDelay, delay } from './backoff';
import { BatchTransaction, Sorted } from './batch-transaction';
import { ConsumedEvent, Refusal } from './consumed-event';
import { DeadLetter, sendToDeadLetter } from './dead-letter';
import { Inbox } from './inbox';
import { MessagingLogger, silentLogger } from './log';
import { offsetAfter } from './offsets';

/** A key of a compacted topic whose value is null: the entry was removed. */
export interface Tombstone {
  topic: string;
  partition: number;
  offset: string;
  key: string;
}

/** Where a store resumes one partition: the next offset it has not applied. */
export interface ResumePoint {
  topic: string;
  partition: number;
  nextOffset: string;
}

export interface EventBatchHandler {
  /**
   * Applies events not applied before by this consumer group, in one transaction. Returns the
   * events it refuses (they are dead-lettered and not marked applied, so a redelivery refuses
   * them again instead of silently skipping). Throwing a transient error retries the batch;
   * throwing anything else isolates the offending event and dead-letters it.
   */
  apply(manager: EntityManager, events: ConsumedEvent[], tombstones: Tombstone[]): Promise<Refusal[] | void>;
  /** Runs in the same transaction for every refused message, e.g. to keep a readable record. */
  recordRefusals?(manager: EntityManager, letters: DeadLetter[]): Promise<void>;
  /**
   * For a handler that records, in its own transactions, how far it has applied each partition:
   * the next offset to apply of every partition it has applied anything of (one with no point has
   * had nothing applied). The consumer then resumes there rather than at the group's committed offset, which only says how far
   * *some* store of this group got: a database restored from a backup, or a second deployment
   * on another database under the same group ids, would otherwise skip what it never applied.
   */
  resumeFrom?(manager: EntityManager): Promise<ResumePoint[]>;
  /**
   * The handler's writes are idempotent by themselves (an upsert guarded by the aggregate's
   * revision, a change log unique by event id): applying an event again changes nothing. The
   * consumer then keeps no inbox rows of its events, which cost every transaction a statement
   * and grew an index by a row per event. Tombstones are still claimed.
   */
  readonly idempotent?: boolean;
}

export interface EventConsumerConfig {
  kafka: Kafka;
  dataSource: DataSource;
  /** Producer used for dead letters. */
  producer: Producer;
  /** `<consuming-app>.<purpose>`, e.g. `reporting.proposal-projection`. */
  groupId: string;
  topics: string[];
  /** Types this consumer applies; other known types are acknowledged and ignored (unless `strictTypes`). */
  types?: EventType[];
  /**
   * For a topic written by untrusted senders: a known type that is not one of `types` is refused
   * (dead letter with EVENT_TYPE_UNKNOWN naming the accepted types) instead of ignored. A regency
   * system that sends a canonical `proposals.proposal.agreed.v1` onto `proposals.inbound` must be
   * told why nothing happened, not be silently skipped.
   */
  strictTypes?: boolean;
  handler: EventBatchHandler;
  /**
   * For a topic that also carries batches (`proposals.usulan.batch.v1`): the events a valid
   * message carries, or undefined for an event that is not a batch. Each is then consumed as if
   * it had been sent alone (its own inbox row, refusal and dead letter); the batch itself is
   * not claimed, so a redelivered batch applies only what it had not applied.
   */
  unpack?: (event: CloudEvent<unknown>) => BatchedEvent[] | undefined;
  schema: string;
  logger?: MessagingLogger;
  /** At most this many messages per database transaction. */
  maxBatch?: number;
  partitionsConsumedConcurrently?: number;
  /**
   * kafkajs consumers of the group in this process, each with its share of the partitions. One
   * kafkajs consumer fetches, then applies, then fetches again; with two, one lane's fetch and
   * parsing overlap the other's database transaction.
   */
  lanes?: number;
  fromBeginning?: boolean;
}

/** One kafkajs consumer of the group and the chunks waiting for its next group transaction. */
interface Lane {
  consumer: Consumer;
  waiting: Waiting[];
  applying: boolean;
  /** Joins of the group so far: a resume check acts only for the latest. */
  joins: number;
}

/** One partition's chunk waiting for the next group transaction. */
interface Waiting {
  sorted: Sorted;
  heartbeat: () => Promise<void>;
  stillOwner: () => boolean;
  settle: (completed: boolean) => void;
  fail: (error: unknown) => void;
}

/**
 * The idempotent consumer: parse and validate every message, apply a batch in one database
 * transaction together with its inbox rows, commit the offset only after the database
 * commit. Messages that can never succeed go to `<topic>.dlq`; transient failures (the
 * database is down) are retried with backoff and never dead-lettered, so nothing is lost and
 * nothing is applied twice.
 */
export class EventConsumer {
  private readonly logger: MessagingLogger;
  private readonly maxBatch: number;
  private readonly transaction: BatchTransaction;
  private lanes: Lane[] = [];
  private deadLettered = 0;

  constructor(private readonly config: EventConsumerConfig) {
    this.logger = (config.logger ?? silentLogger);
    this.maxBatch = config.maxBatch ?? 500;
    const inbox = new Inbox(config.schema, config.groupId, config.handler.idempotent);
    this.transaction = new BatchTransaction({ dataSource: config.dataSource, handler: config.handler, inbox, groupId: config.groupId, logger: this.logger });
  }

  get stats(): { applied: number; deadLettered: number; transactions: number } {
    return { applied: this.transaction.applied, deadLettered: this.deadLettered, transactions: this.transaction.transactions };
  }

  async start(): Promise<void> {
    // The lanes start together so that they join the group in one rebalance, not one each.
    await Promise.all(Array.from({ length: this.config.lanes ?? 1 }, () => this.startLane()));
  }

  private async startLane(): Promise<void> {
    const consumer = this.config.kafka.consumer({
      groupId: this.config.groupId,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      // What one fetch brings is held in memory (the response and every decoded message) until it
      // is applied; kafkajs' 10 MB default per fetch, per consumer, put reporting at 292 MB during a
      // replay (235 MB now) at the same throughput: 2 MB is still ~1,500 usulan events per fetch.
      maxBytes: 2 * 1024 * 1024,
      maxBytesPerPartition: 1024 * 1024,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10000 },
    });
    const lane: Lane = { consumer, waiting: [], applying: false, joins: 0 };
    this.lanes.push(lane);
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => this.resumeOnJoin(lane, payload.memberAssignment));
    await consumer.connect();
    await consumer.subscribe({ topics: this.config.topics, fromBeginning: this.config.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      // Partitions are handed over side by side so that their chunks meet in one group transaction.
      partitionsConsumedConcurrently: this.config.partitionsConsumedConcurrently ?? 6,
      eachBatch: (payload) => this.onBatch(lane, payload),
    });
  }

  /** kafkajs consumers of the group this instance runs now. */
  get laneCount(): number {
    return this.lanes.length;
  }

  /**
   * Stops every lane but the first: the group rebalances and the remaining lane takes all the
   * partitions, each resumed where the handler recorded it (or at the committed offset). A
   * rebuild reads with two lanes, because nothing waits for its changes; once it serves, one lane
   * keeps two transactions from queueing for the same locks (bench/README.md, item 13).
   */
  async keepOneLane(): Promise<void> {
    const [first, ...rest] = this.lanes;
    if (!first || rest.length === 0) return;
    this.lanes = [first];
    await Promise.all(rest.map((lane) => lane.consumer.disconnect()));
  }

  async stop(): Promise<void> {
    const lanes = this.lanes;
    this.lanes = [];
    await Promise.all(lanes.map((lane) => lane.consumer.disconnect()));
  }

  private async onBatch(lane: Lane, { batch, heartbeat, isRunning, isStale, resolveOffset, commitOffsetsIfNecessary }: EachBatchPayload): Promise<void> {
    for (let start = 0; start < batch.messages.length; start += this.maxBatch) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(start, start + this.maxBatch);
      const sorted = this.sort(batch.topic, batch.partition, chunk);
      const completed = await this.applyInGroup(lane, sorted, heartbeat, () => isRunning() && !isStale());
      if (!completed) return;
      const last = chunk[chunk.length - 1].offset;
      resolveOffset(last);
      // With autoCommit off, kafkajs' commitOffsetsIfNecessary() without arguments never
      // commits; the offsets must be given. The committed offset is the next one to read.
      await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: offsetAfter(last) }] }] });
      await heartbeat();
    }
  }

  /**
   * After every join, the partitions the lane was given stay paused until the handler has said
   * where its own store resumes them (`resumeFrom`) and the lane has sought there: a fetch never
   * starts at the group's committed offset when the store's record differs. The listener runs
   * as kafkajs emits the join, before its next fetch; a check overtaken by a newer join does
   * nothing.
   */
  private resumeOnJoin(lane: Lane, assignment: Record<string, number[]>): void {
    const resumeFrom = this.config.handler.resumeFrom?.bind(this.config.handler);
    if (!resumeFrom) return;
    const join = ++lane.joins;
    const partitions = Object.entries(assignment).map(([topic, numbers]) => ({ topic, partitions: numbers }));
    if (partitions.every((p) => p.partitions.length === 0)) return;
    lane.consumer.pause(partitions);
    void (async () => {
      for (let attempt = 0; join === lane.joins; attempt++) {
        try {
          const recorded = new Map((await resumeFrom(this.config.dataSource.manager)).map((r) => [`${r.topic}:${r.partition}`, r.nextOffset]));
          // Nothing recorded: nothing of it applied here. A seek before the log's start is answered
          // with the start; a consumer that does not read from the beginning keeps the group's offset.
          const fromStart = (this.config.fromBeginning ?? true) ? '0' : undefined;
          const seeks = partitions.flatMap(({ topic, partitions: numbers }) =>
            numbers.flatMap((partition) => {
              const offset = recorded.get(`${topic}:${partition}`) ?? fromStart;
              return offset === undefined ? [] : [{ topic, partition, offset }];
            }),
          );
          if (join !== lane.joins) return;
          for (const seek of seeks) lane.consumer.seek(seek);
          lane.consumer.resume(partitions);
          return;
        } catch (error) {
          this.logger.warn({ err: error, groupId: this.config.groupId, attempt }, 'cannot read where the store resumes; retrying');
          await delay(backoffDelay(attempt));
        }
      }
    })();
  }

  /**
   * Group commit: the chunks of every partition that arrive while a transaction runs are applied
   * together in the next one. With partitions consumed concurrently, a fetch's six partitions
   * were six transactions (six commits waiting for the WAL flush, and for reporting six turns of
   * the change log's lock); now they are one, and under load a transaction holds thousands of
   * events instead of the few dozen one partition brings. Each partition still resolves and
   * commits its own offset, only after the transaction that applied its chunk has committed and
   * its dead letters are sent. A lone chunk (low traffic) is applied at once, as before.
   */
  private applyInGroup(lane: Lane, sorted: Sorted, heartbeat: () => Promise<void>, stillOwner: () => boolean): Promise<boolean> {
    return new Promise<boolean>((settle, fail) => {
      lane.waiting.push({ sorted, heartbeat, stillOwner, settle, fail });
      if (!lane.applying) void this.applyWaiting(lane);
    });
  }

  private async applyWaiting(lane: Lane): Promise<void> {
    lane.applying = true;
    try {
      while (lane.waiting.length > 0) {
        // Partitions handed over in the same tick (one fetch) join the same group.
        await new Promise((resolve) => setImmediate(resolve));
        const group = lane.waiting;
        lane.waiting = [];
        try {
          const merged = mergeSorted(group.map((w) => w.sorted));
          const guard = { heartbeat: () => group[0].heartbeat(), stillOwner: () => group.every((w) => w.stillOwner()) };
          // Sent only after the transaction that recorded them committed, and only then.
          const letters = await this.transaction.apply(merged, guard);
          if (letters) {
            await this.withKafkaRetry(() => sendToDeadLetter(this.config.producer, this.config.groupId, letters), guard.heartbeat, guard.stillOwner);
            this.deadLettered += letters.length;
          }
          for (const w of group) w.settle(letters !== null);
        } catch (error) {
          for (const w of group) w.fail(error);
        }
      }
    } finally {
      lane.applying = false;
    }
  }

  /** Parses each message; contract failures become dead letters right away. */
  private sort(topic: string, partition: number, messages: KafkaMessage[]): Sorted {
    const sorted: Sorted = { events: [], tombstones: [], letters: [], ignored: 0 };
    const seen = new Set<string>();
    for (const message of messages) {
      const key = message.key ? message.key.toString() : null;
      if (message.value === null) {
        if (key) sorted.tombstones.push({ topic, partition, offset: message.offset, key });
        continue;
      }
      try {
        const sent = parseEventJson(message.value);
        const envelope = parseEnvelope(sent);
        const { types, strictTypes } = this.config;
        if (!strictTypes && types && isKnownEventType(envelope.type) && !types.includes(envelope.type)) {
          sorted.ignored++;
          continue;
        }
        const event = parseEnvelopedEvent(envelope, strictTypes ? types : undefined);
        const carried = this.config.unpack?.(event);
        if (carried) {
          this.sortCarried(sorted, seen, { id: event.id, sent: sent as Record<string, unknown> }, carried, { topic, partition, offset: message.offset, key: message.key });
          continue;
        }
        if (seen.has(event.id)) continue; // the same event twice in one batch: apply once
        seen.add(event.id);
        sorted.events.push({ event: event as CloudEvent<unknown>, topic, partition, offset: message.offset, key, raw: message.value, sent: sent as Record<string, unknown> });
      } catch (error) {
        if (!(error instanceof ContractError)) throw error;
        sorted.letters.push({ topic, partition, offset: message.offset, key: message.key, value: message.value, code: error.code, reason: error.message });
      }
    }
    return sorted;
  }

  /**
   * The events of one batch message, in their order: each valid one joins the batch like a
   * message of its own (its JSON as sent is what a dead letter or a rejection record keeps,
   * written only if it is refused), each invalid one becomes a dead letter of its own.
   */
  private sortCarried(sorted: Sorted, seen: Set<string>, carrier: { id: string; sent: Record<string, unknown> }, carried: BatchedEvent[], origin: { topic: string; partition: number; offset: string; key: Buffer | null }): void {
    const key = origin.key ? origin.key.toString() : null;
    for (const item of carried) {
      if (item.error) {
        sorted.letters.push({ ...origin, value: Buffer.from(JSON.stringify(item.sent)), code: item.error.code, reason: item.error.message, carrier: { id: carrier.id, index: item.index } });
        continue;
      }
      if (seen.has(item.event.id)) continue;
      seen.add(item.event.id);
      const { sent } = item;
      sorted.events.push({
        event: item.event, topic: origin.topic, partition: origin.partition, offset: origin.offset, key, sent,
        get raw() { return Buffer.from(JSON.stringify(sent)); },
        carrier: { ...carrier, index: item.index },
      });
    }
  }

  private async withKafkaRetry(send: () => Promise<void>, heartbeat: () => Promise<void>, isRunning: () => boolean): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await send();
      } catch (error) {
        if (!isRunning()) throw error;
        this.logger.warn({ err: error, attempt }, 'dead-letter publish failed; retrying');
        await delay(backoffDelay(attempt));
        await heartbeat().catch(() => undefined);
      }
    }
  }
}

/**
 * One partition's chunks after another, each in its offset order (the only order Kafka defines).
 * An event id that two partitions both carry is applied once: the inbox claim of one statement
 * cannot tell the two copies apart.
 */
function mergeSorted(parts: readonly Sorted[]): Sorted {
  if (parts.length === 1) return parts[0];
  const merged: Sorted = { events: [], tombstones: [], letters: [], ignored: 0 };
  const seen = new Set<string>();
  for (const part of parts) {
    for (const e of part.events) {
      if (seen.has(e.event.id)) continue;
      seen.add(e.event.id);
      merged.events.push(e);
    }
    merged.tombstones.push(...part.tombstones);
    merged.letters.push(...part.letters);
    merged.ignored += part.ignored;
  }
  return merged;
}
