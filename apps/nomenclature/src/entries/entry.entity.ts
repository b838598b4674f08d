import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { GovernmentLevel } from '@selaras/contracts';

/**
 * One sub kegiatan of one version at one government level. Written in bulk by the import
 * (see EntryStore), read by lookup, search, validation, diff and activation.
 */
@Entity({ name: 'entry' })
@Index('entry_code_idx', ['versionId', 'code'])
export class EntryEntity {
  @PrimaryColumn({ type: 'text' }) versionId!: string;
  @PrimaryColumn({ type: 'text' }) level!: GovernmentLevel;
  /** Four-digit form `U.BB.PP.L.KK.SSSS`. */
  @PrimaryColumn({ type: 'text' }) code!: string;
  /** As written in the file (two-digit sub kegiatan in the 050-3708/2020 list). */
  @Column({ type: 'text' }) sourceCode!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) urusanCode!: string;
  @Column({ type: 'text' }) bidangCode!: string;
  @Column({ type: 'text' }) bidangName!: string;
  @Column({ type: 'text' }) programCode!: string;
  @Column({ type: 'text' }) programName!: string;
  @Column({ type: 'text' }) kegiatanCode!: string;
  @Column({ type: 'text' }) kegiatanName!: string;
  @Column({ type: 'text', nullable: true }) kinerja!: string | null;
  @Column({ type: 'text', nullable: true }) indikator!: string | null;
  @Column({ type: 'text', nullable: true }) satuan!: string | null;
  @Column({ type: 'boolean' }) spm!: boolean;
  @Column({ type: 'text', nullable: true }) jenis!: string | null;
  @Column({ type: 'text', nullable: true }) pelaksana!: string | null;
  @Column({ type: 'jsonb', default: () => `'[]'` }) tags!: string[];
  /** `sub_kegiatan_sebelumnya`: the code (and name) this entry replaces. */
  @Column({ type: 'text', nullable: true }) replacesCode!: string | null;
  @Column({ type: 'text', nullable: true }) replacesName!: string | null;
  /** Line of the imported file, so the catalog keeps the file's order. */
  @Column({ type: 'integer' }) line!: number;
  /** The name without case, spacing or punctuation: "the same name" in diffs and ranking. */
  @Column({ type: 'text' }) nameKey!: string;
  /** Normalised name tokens, each preceded by a space, for `LIKE '% word%'`. */
  @Column({ type: 'text' }) searchText!: string;
}
