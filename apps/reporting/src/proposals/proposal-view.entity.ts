import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ProposalStateV1 } from '@selaras/contracts';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** Reporting's read model of one usulan: the latest full state seen on `proposals.events`. */
@Entity({ name: 'proposal_view' })
@Index('proposal_view_province_year_idx', ['province', 'year'])
export class ProposalViewEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) region!: string;
  @Column({ type: 'text' }) province!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'text' }) stage!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) subKegiatan!: string;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) paguIndikatif!: number;
  @Column({ type: 'integer' }) revision!: number;
  @Column({ type: 'jsonb' }) state!: ProposalStateV1;
  @Column({ type: 'text' }) lastEventType!: string;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
}
