import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event waiting to be published. Written in the same transaction as the state change it
 * describes, so an event exists exactly when its change was committed; the relay publishes
 * rows in id order and marks them.
 */
@Entity({ name: 'outbox' })
@Index('outbox_unpublished_idx', ['id'], { where: 'published_at IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  messageKey!: string;

  /** Null for a tombstone. */
  @Column({ type: 'text', nullable: true })
  eventType!: string | null;

  /** Null for a tombstone. */
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  /**
   * The whole CloudEvent as the JSON text published as the Kafka value, byte for byte; null for a
   * tombstone (null value, removes the key from a compacted topic).
   */
  @Column({ type: 'text', nullable: true })
  payload!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
