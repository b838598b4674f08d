import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
const numericAsNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A provincial priority for a year that kab/kota should support (DESIGN §6 "alignment"). */
@Entity({ name: 'priority' })
@Index('priority_province_year_idx', ['province', 'year'])
export class PriorityEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'text' }) province!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'numeric', nullable: true, transformer: numericAsNumber }) targetValue!: number | null;
  @Column({ type: 'text', nullable: true }) targetSatuan!: string | null;
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber }) pagu!: number | null;
  @Column({ type: 'text' }) status!: 'active' | 'withdrawn';
  @Column({ type: 'integer' }) revision!: number;
  @Column({ type: 'text' }) declaredBy!: string;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
}
