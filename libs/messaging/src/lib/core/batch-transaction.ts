import { DataSource } from 'typeorm';
import { backoffDelay, delay } from './backoff';
import { ConsumedEvent, Refusal } from './consumed-event';
import { DeadLetter } from './dead-letter';
import type { EventBatchHandler, Tombstone } from './event-consumer';
import { Inbox } from './inbox';
import { MessagingLogger } from './log';
import { isTransientError, PermanentEventError } from './transient-error';

/** A chunk of messages ready to apply: valid events, tombstones, and what parsing already refused. */
export interface Sorted {
  events: ConsumedEvent[];
  tombstones: Tombstone[];
  /** Contract failures found while parsing: dead letters whatever the transaction does. */
  letters: DeadLetter[];
  ignored: number;
}

/** What the caller of a long retry must keep doing, and how it learns it lost the partitions. */
export interface OwnershipGuard {
  heartbeat: () => Promise<void>;
  stillOwner: () => boolean;
}

export interface BatchTransactionConfig {
  dataSource: DataSource;
  handler: EventBatchHandler;
  inbox: Inbox;
  groupId: string;
  logger: MessagingLogger;
}

/**
 * One group transaction: claim the inbox rows, let the handler apply what is new, record its
 * refusals, all committed together. Transient failures are retried with backoff while the
 * partitions are still owned; any other failure isolates the event that causes it.
 *
 * The dead letters are the result of a transaction that committed, never state it left behind:
 * a transaction whose COMMIT failed after the handler refused an event is run again, and the
 * refusal of that run is the one that counts (once).
 */
export class BatchTransaction {
  applied = 0;
  transactions = 0;

  constructor(private readonly config: BatchTransactionConfig) {}

  /** The dead letters of the applied batch, or null when the partitions were lost before it could be applied. */
  async apply(sorted: Sorted, guard: OwnershipGuard): Promise<DeadLetter[] | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.applyOnce(sorted);
      } catch (error) {
        if (!isTransientError(error)) return this.applyOneByOne(sorted, guard);
        this.config.logger.warn({ err: error, groupId: this.config.groupId, attempt }, 'transient failure applying events; retrying');
        if (!(await this.waitToRetry(attempt, guard))) return null;
      }
    }
  }

  private async applyOnce(sorted: Sorted): Promise<DeadLetter[]> {
    const { dataSource, handler, inbox } = this.config;
    this.transactions++;
    const outcome = await dataSource.transaction(async (manager) => {
      const { events: fresh, tombstones } = await inbox.claim(manager, sorted.events, sorted.tombstones);
      const refusals = (await handler.apply(manager, fresh, tombstones)) ?? [];
      const refused = new Set(refusals.map((r) => r.eventId));
      const letters = [...sorted.letters, ...lettersFor(fresh, refusals)];
      if (letters.length > 0 && handler.recordRefusals) await handler.recordRefusals(manager, letters);
      await inbox.release(manager, [...refused]);
      return { letters, applied: fresh.length - refused.size };
    });
    this.applied += outcome.applied;
    return outcome.letters;
  }

  /**
   * A batch failed for a reason that is not transient: apply each event alone so one bad
   * event is dead-lettered and the others still apply. A transient failure of one event is
   * retried as the batch's is: with heartbeats, and only while the partitions are still owned.
   */
  private async applyOneByOne(sorted: Sorted, guard: OwnershipGuard): Promise<DeadLetter[] | null> {
    const letters = [...sorted.letters];
    for (const event of sorted.events) {
      const single: Sorted = { events: [event], tombstones: [], letters: [], ignored: 0 };
      for (let attempt = 0; ; attempt++) {
        try {
          letters.push(...(await this.applyOnce(single)));
          break;
        } catch (error) {
          if (isTransientError(error)) {
            if (!(await this.waitToRetry(attempt, guard))) return null;
            continue;
          }
          const code = error instanceof PermanentEventError ? error.code : 'HANDLER_FAILED';
          this.config.logger.error({ err: error, groupId: this.config.groupId, eventId: event.event.id, topic: event.topic, partition: event.partition, offset: event.offset }, 'event cannot be applied; dead-lettering it');
          letters.push({ ...letterOf(event), code, reason: (error as Error).message });
          break;
        }
      }
    }
    if (sorted.tombstones.length > 0) {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.config.dataSource.transaction(async (manager) => {
            const { tombstones } = await this.config.inbox.claim(manager, [], sorted.tombstones);
            await this.config.handler.apply(manager, [], tombstones);
          });
          break;
        } catch (error) {
          if (!isTransientError(error)) throw error;
          if (!(await this.waitToRetry(attempt, guard))) return null;
        }
      }
    }
    return letters;
  }

  /** Backs off, keeping the group membership alive; false when the partitions went to another member meanwhile. */
  private async waitToRetry(attempt: number, guard: OwnershipGuard): Promise<boolean> {
    if (!guard.stillOwner()) return false;
    await delay(backoffDelay(attempt));
    await guard.heartbeat().catch(() => undefined);
    return guard.stillOwner();
  }
}

function lettersFor(events: ConsumedEvent[], refusals: Refusal[]): DeadLetter[] {
  const byId = new Map(events.map((e) => [e.event.id, e]));
  return refusals.flatMap((r) => {
    const e = byId.get(r.eventId);
    return e ? [{ ...letterOf(e), code: r.code, reason: r.reason }] : [];
  });
}

/** Where a refused event came from and what it was, for its dead letter. */
export function letterOf(e: ConsumedEvent): Omit<DeadLetter, 'code' | 'reason'> {
  return { topic: e.topic, partition: e.partition, offset: e.offset, key: e.key, value: e.raw, ...(e.carrier ? { carrier: { id: e.carrier.id, index: e.carrier.index } } : {}) };
}
