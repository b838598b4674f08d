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

  @Column({ type: 'text' })
  eventType!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  /** The whole CloudEvent, published as the Kafka value. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
