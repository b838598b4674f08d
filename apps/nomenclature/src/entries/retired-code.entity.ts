import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GovernmentLevel } from '@selaras/contracts';

/**
 * A code that counts as retired while `versionId` is in force: written when that version is
 * activated, for the codes of the previously active version it drops and for those retired
 * earlier that it does not bring back. Validation answers `retired` (with successor) from it.
 */
@Entity({ name: 'retired_code' })
export class RetiredCodeEntity {
  @PrimaryColumn({ type: 'text' }) versionId!: string;
  @PrimaryColumn({ type: 'text' }) level!: GovernmentLevel;
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  /** The version whose activation retired the code. */
  @Column({ type: 'text' }) retiredInVersionId!: string;
  /** Codes of `versionId` that replace it; more than one when it was split. */
  @Column({ type: 'text', array: true, default: () => `'{}'` }) successorCodes!: string[];
  /** `declared` (sub_kegiatan_sebelumnya) or `same-name` (the same name at a new code). */
  @Column({ type: 'text', nullable: true }) successorReason!: 'declared' | 'same-name' | null;
}
