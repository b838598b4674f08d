import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The assessment of one region and year: the framework version it is pinned to. */
@Entity({ name: 'assessment' })
@Index('assessment_framework_idx', ['frameworkId', 'frameworkVersion'])
export class AssessmentEntity {
  @PrimaryColumn({ type: 'text' }) region!: string;
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @Column({ type: 'text' }) frameworkId!: string;
  @Column({ type: 'text' }) frameworkVersion!: string;
  @Column({ type: 'text' }) createdBy!: string;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
}
