import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A regency system's Ed25519 public key; events it signs may act only for `region`. Requested by
 * the region itself and usable only once its province's coordinator has approved it (two
 * parties: neither alone makes a key that publishes as the kab/kota).
 */
@Entity({ name: 'regency_key' })
@Index('regency_key_region_idx', ['region'])
export class RegencyKeyEntity {
  @PrimaryColumn({ type: 'text' }) keyId!: string;
  @Column({ type: 'text' }) region!: string;
  /** SPKI PEM. */
  @Column({ type: 'text' }) publicKey!: string;
  @Column({ type: 'text' }) label!: string;
  /** The requester's `sub` (the column keeps its first name: it always was who put the key in). */
  @Column({ type: 'text' }) registeredBy!: string;
  @Column({ type: 'text', nullable: true }) requestedByRegion!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) registeredAt!: Date;
  @Column({ type: 'text', nullable: true }) approvedBy!: string | null;
  @Column({ type: 'text', nullable: true }) approvedByRegion!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) revokedBy!: string | null;
  @Column({ type: 'text', nullable: true }) revokedByRegion!: string | null;
}

export type RegencyKeyStatus = 'requested' | 'approved' | 'revoked';

export function keyStatus(key: Pick<RegencyKeyEntity, 'approvedAt' | 'revokedAt'>): RegencyKeyStatus {
  if (key.revokedAt) return 'revoked';
  return key.approvedAt ? 'approved' : 'requested';
}
