import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ForumDecision, NomenclatureFlag, PlanningStage, ProposalSource, ProposalStatus } from '@selaras/contracts';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
const numericAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** One usulan (proposal) in its current state; every change is also an event in the outbox. */
@Entity({ name: 'usulan' })
@Index('usulan_region_year_idx', ['region', 'year'])
@Index('usulan_external_id_uq', ['region', 'externalId'], { unique: true, where: 'external_id IS NOT NULL' })
export class UsulanEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) region!: string;
  @Column({ type: 'text' }) opdCode!: string;
  @Column({ type: 'text' }) opdName!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'text' }) stage!: PlanningStage;
  @Column({ type: 'text' }) subKegiatan!: string;
  @Column({ type: 'numeric', transformer: numericAsNumber }) targetValue!: number;
  @Column({ type: 'text' }) targetSatuan!: string;
  @Column({ type: 'text', nullable: true }) targetIndikator!: string | null;
  /** Whole rupiah. */
  @Column({ type: 'bigint', transformer: bigintAsNumber }) paguIndikatif!: number;
  @Column({ type: 'text', array: true }) locations!: string[];
  @Column({ type: 'text' }) source!: ProposalSource;
  @Column({ type: 'integer', array: true, default: () => "'{}'" }) spbeIndicators!: number[];
  @Column({ type: 'text', nullable: true }) justification!: string | null;
  @Column({ type: 'text' }) status!: ProposalStatus;
  @Column({ type: 'integer' }) revision!: number;
  @Column({ type: 'text', nullable: true }) externalId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) decision!: ForumDecision | null;
  @Column({ type: 'jsonb', nullable: true }) nomenclatureFlag!: NomenclatureFlag | null;
  @Column({ type: 'text' }) createdBy!: string;
  @Column({ type: 'text' }) updatedBy!: string;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
}
