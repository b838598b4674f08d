import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FieldViolation } from '@selaras/contracts';

/** An inbound event that was refused, kept with its reason so the regency can read why. */
@Entity({ name: 'inbound_rejection' })
@Index('inbound_rejection_region_idx', ['region', 'receivedAt'])
export class InboundRejectionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text' }) channel!: 'kafka' | 'http';
  @Column({ type: 'text', nullable: true }) eventId!: string | null;
  @Column({ type: 'text', nullable: true }) eventType!: string | null;
  /** The sender's region (the token's, or the verified key's); null when the sender is unproven: only admins read those. */
  @Column({ type: 'text', nullable: true }) region!: string | null;
  @Column({ type: 'text', nullable: true }) externalId!: string | null;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ type: 'jsonb', nullable: true }) violations!: FieldViolation[] | null;
  /** The region the event named, which may not be the sender's (`region`). */
  @Column({ type: 'text', nullable: true }) claimedRegion!: string | null;
  /** Who sent it: the token's subject, or the key id that signed it. */
  @Column({ type: 'text', nullable: true }) senderSubject!: string | null;
  /** The head of the message as sent (4 KiB); `rawSha256` and `rawBytes` describe the whole. */
  @Column({ type: 'text' }) raw!: string;
  @Column({ type: 'text', nullable: true }) rawSha256!: string | null;
  @Column({ type: 'integer', nullable: true }) rawBytes!: number | null;
  @Column({ type: 'integer', nullable: true }) kafkaPartition!: number | null;
  @Column({ type: 'bigint', nullable: true }) kafkaOffset!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) receivedAt!: Date;
}
