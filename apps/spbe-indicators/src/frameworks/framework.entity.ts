import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { FrameworkDefinition } from '@selaras/domain-spbe';

export type FrameworkOrigin = 'seed' | 'admin';

/** One version of an SPBE framework, stored as the JSON that defines it (frameworks are data). */
@Entity({ name: 'framework' })
@Index('framework_effective_year_idx', ['effectiveYear'])
export class FrameworkEntity {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @PrimaryColumn({ type: 'text' }) version!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) regulation!: string;
  @Column({ type: 'integer' }) effectiveYear!: number;
  @Column({ type: 'jsonb' }) definition!: FrameworkDefinition;
  /** `seed` from the data file shipped with libs/domain-spbe, `admin` posted over HTTP. */
  @Column({ type: 'text' }) origin!: FrameworkOrigin;
  @Column({ type: 'text' }) createdBy!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
