import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssessmentKind } from '@selaras/contracts';

/** The current level of one indicator in a region's self-assessment or final (verified) values. */
@Entity({ name: 'indicator_level' })
export class IndicatorLevelEntity {
  @PrimaryColumn({ type: 'text' }) region!: string;
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @PrimaryColumn({ type: 'text' }) kind!: AssessmentKind;
  @PrimaryColumn({ type: 'integer' }) indicatorNo!: number;
  @Column({ type: 'smallint' }) level!: number;
  @Column({ type: 'text', nullable: true }) evidenceNote!: string | null;
  @Column({ type: 'text', nullable: true }) evidenceDocumentRef!: string | null;
  @Column({ type: 'text' }) recordedBy!: string;
  @Column({ type: 'timestamptz' }) recordedAt!: Date;
}
