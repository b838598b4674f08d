import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A regency system's Ed25519 public key; events it signs may act only for `region`. */
@Entity({ name: 'regency_key' })
@Index('regency_key_region_idx', ['region'])
export class RegencyKeyEntity {
  @PrimaryColumn({ type: 'text' }) keyId!: string;
  @Column({ type: 'text' }) region!: string;
  /** SPKI PEM. */
  @Column({ type: 'text' }) publicKey!: string;
  @Column({ type: 'text' }) label!: string;
  @Column({ type: 'text' }) registeredBy!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) registeredAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
