import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Proof that a consumer group applied an event. Inserted in the same transaction as the
 * event's effect; a second delivery of the same event id finds the row and does nothing.
 */
@Entity({ name: 'inbox' })
export class InboxEntity {
  @PrimaryColumn({ type: 'text' })
  consumerGroup!: string;

  @PrimaryColumn({ type: 'text' })
  eventId!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'integer' })
  partition!: number;

  @Column({ type: 'bigint' })
  offset!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
