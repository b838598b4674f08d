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
  @Column({ type: 'text', nullable: true }) region!: string | null;
  @Column({ type: 'text', nullable: true }) externalId!: string | null;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ type: 'jsonb', nullable: true }) violations!: FieldViolation[] | null;
  /** The message as sent (cut at 64 KiB), so nothing refused is lost. */
  @Column({ type: 'text' }) raw!: string;
  @Column({ type: 'integer', nullable: true }) kafkaPartition!: number | null;
  @Column({ type: 'bigint', nullable: true }) kafkaOffset!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) receivedAt!: Date;
}
