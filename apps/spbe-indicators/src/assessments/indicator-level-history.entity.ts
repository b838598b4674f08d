import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AssessmentKind } from '@selaras/contracts';

/** Every change of an indicator level, oldest first by id, with the event that announced it. */
@Entity({ name: 'indicator_level_history' })
@Index('indicator_level_history_assessment_idx', ['region', 'year', 'id'])
export class IndicatorLevelHistoryEntity {
  /** bigint comes back as text; it only orders the history and is not shown. */
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text' }) region!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'text' }) kind!: AssessmentKind;
  @Column({ type: 'integer' }) indicatorNo!: number;
  @Column({ type: 'smallint' }) level!: number;
  @Column({ type: 'smallint', nullable: true }) previousLevel!: number | null;
  @Column({ type: 'text', nullable: true }) evidenceNote!: string | null;
  @Column({ type: 'text', nullable: true }) evidenceDocumentRef!: string | null;
  @Column({ type: 'text' }) recordedBy!: string;
  @Column({ type: 'timestamptz' }) recordedAt!: Date;
  @Column({ type: 'uuid' }) eventId!: string;
}
