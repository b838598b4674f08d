import { GovernmentLevel } from '../code/government-level';

/** The sub kegiatan a row replaces (`sub_kegiatan_sebelumnya`, "code name"). */
export interface PreviousSubKegiatan {
  /** Four-digit form of the code. */
  readonly code: string;
  readonly name: string;
}

/** One sub kegiatan of a nomenclature version, at one government level. Key: (`level`, `code`). */
export interface NomenclatureRow {
  /** Line of the source file the row was read from (header is line 1). */
  readonly line: number;
  readonly level: GovernmentLevel;
  /** Sub kegiatan code with a four-digit last segment; the catalog key with `level`. */
  readonly code: string;
  /** The code as written in the source (two-digit last segment in the 050-3708/2020 list). */
  readonly sourceCode: string;
  readonly name: string;
  readonly urusanCode: string;
  readonly bidangCode: string;
  readonly bidangName: string;
  readonly programCode: string;
  readonly programName: string;
  readonly kegiatanCode: string;
  readonly kegiatanName: string;
  readonly kinerja: string | null;
  readonly indikator: string | null;
  readonly satuan: string | null;
  /** SIPD tags, e.g. `ANGGARAN RESPONSIF GENDER (ASTACITA)`; empty when none. */
  readonly tags: readonly string[];
  readonly pelaksana: string | null;
  /** `SPM` or `NON-SPM` in the 2027 list. */
  readonly spm: string | null;
  /** `Layanan` or `Aktifitas` (a few `supd`) in the 2027 list. */
  readonly jenis: string | null;
  readonly previous: PreviousSubKegiatan | null;
  /** False for records the source keeps but marks inactive (050-3708/2020 list only). */
  readonly active: boolean;
}
