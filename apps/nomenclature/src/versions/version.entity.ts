import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One imported nomenclature version (e.g. `sipd-2027`); at most one is active (a partial unique index says so). */
@Entity({ name: 'version' })
export class VersionEntity {
  /** Chosen by the importer: `sipd-2027`, `kepmendagri-050-3708-2020`. */
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'text' }) label!: string;
  /** Where the content came from, for people: a file name, a reference id, an upload. */
  @Column({ type: 'text' }) source!: string;
  /** Column set of the file (`sipd-2027`, `simcan-050-3708-2020`). */
  @Column({ type: 'text' }) format!: string;
  /** sha256 of the parsed entries; the same content imported again is recognised by it. */
  @Column({ type: 'text', unique: true }) contentHash!: string;
  @Column({ type: 'integer' }) entryCount!: number;
  @Column({ type: 'integer' }) provCount!: number;
  @Column({ type: 'integer' }) kabkotCount!: number;
  @Column({ type: 'boolean', default: false }) active!: boolean;
  @Column({ type: 'timestamptz' }) importedAt!: Date;
  @Column({ type: 'text' }) importedBy!: string;
  @Column({ type: 'timestamptz', nullable: true }) activatedAt!: Date | null;
  /** The version that was active when this one was last activated. */
  @Column({ type: 'text', nullable: true }) previousVersionId!: string | null;
}
