import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every revision of an usulan as it was, so a final program can be traced back to its forum decision. */
@Entity({ name: 'usulan_history' })
export class UsulanHistoryEntity {
  @PrimaryColumn({ type: 'uuid' }) usulanId!: string;
  @PrimaryColumn({ type: 'integer' }) revision!: number;
  @Column({ type: 'text' }) eventType!: string;
  @Column({ type: 'uuid' }) eventId!: string;
  @Column({ type: 'jsonb' }) state!: Record<string, unknown>;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
}
