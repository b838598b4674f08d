import { Column, Entity, PrimaryColumn } from 'typeorm';

// numeric comes back from pg as text; targets have two decimals, which a double holds exactly enough to print.
const numericAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** The index a province's coordinator sets as the goal of a region for a year. */
@Entity({ name: 'target' })
export class TargetEntity {
  @PrimaryColumn({ type: 'text' }) region!: string;
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @Column({ type: 'numeric', precision: 3, scale: 2, transformer: numericAsNumber }) target!: number;
  /** The framework whose index the target is set on (rows from before frameworks were named: 59/2020). */
  @Column({ type: 'text' }) frameworkId!: string;
  @Column({ type: 'text' }) setBy!: string;
  @Column({ type: 'timestamptz' }) setAt!: Date;
}
