import { EntityManager } from 'typeorm';
import { ConsumedEvent, DeadLetter, EventBatchHandler, ResumePoint, Tombstone } from '@selaras/messaging';
import { appendChanges, ReadModelChange } from './change-log';
import { recordedPositions, recordPositions } from './positions';

/** Where a projection writes: one generation's schema, under one consumer group. */
export interface ProjectionTarget {
  readonly schema: string;
  readonly groupId: string;
  /** Live generations log their changes for the stream; a rebuild starts to once it has caught up. */
  emitsChanges(): boolean;
}

/**
 * A read model fed by one consumer group. Subclasses turn a batch into set-based SQL on the
 * target schema and say what changed; this base records the group's position and the change
 * log in the same transaction (which the consumer commits together with its inbox rows).
 */
export abstract class Projection implements EventBatchHandler {
  constructor(protected readonly target: ProjectionTarget) {}

  async apply(manager: EntityManager, events: ConsumedEvent[], tombstones: Tombstone[]): Promise<void> {
    // Read once, so that a batch logs all of its changes or none (a rebuild starts logging mid-run).
    const logsChanges = this.target.emitsChanges();
    const changes = await this.project(manager, events, tombstones, logsChanges);
    await recordPositions(manager, this.target.groupId, [...events, ...tombstones]);
    if (logsChanges) await appendChanges(manager, changes);
  }

  /** Refused messages still move the group's position on. */
  async recordRefusals(manager: EntityManager, letters: DeadLetter[]): Promise<void> {
    await recordPositions(manager, this.target.groupId, letters);
  }

  /** The position this generation recorded with what it applied: where its consumer resumes. */
  resumeFrom(manager: EntityManager): Promise<ResumePoint[]> {
    return recordedPositions(manager, this.target.groupId);
  }

  protected table(name: string): string {
    return `"${this.target.schema}"."${name}"`;
  }

  /**
   * Applies the batch to the target schema and returns what changed. When `logsChanges` is
   * false (a rebuild still catching up) nothing reads the changes, so a projection may skip
   * working them out.
   */
  protected abstract project(manager: EntityManager, events: ConsumedEvent[], tombstones: Tombstone[], logsChanges: boolean): Promise<ReadModelChange[]>;
}
