import type { PlanningStage, ProposalSource } from '@selaras/contracts';

/** A program change as a regency system knows it: plain fields, no envelope. */
export interface UsulanChange {
  /** Your own id of the usulan; sending the same externalId again updates it. */
  externalId: string;
  opd: { code: string; name: string };
  year: number;
  stage: PlanningStage;
  /** Sub kegiatan code of your level (kab/kota: level digit 2), e.g. `2.16.03.2.02.0041`. */
  subKegiatan: string;
  target: { value: number; satuan: string };
  /** Whole rupiah. */
  paguIndikatif: number;
  /** Kode wilayah inside your region; defaults to the region itself. */
  locations?: string[];
  source: ProposalSource;
  /** Indicators addressed, numbered by the framework in force for `year`: Indeks Pemdi 1–20 from 2026, Indeks SPBE 1–47 before. */
  spbeIndicators?: number[];
  justification?: string;
  /** `submitted` sends it to the forum; defaults to `draft`. */
  status?: 'draft' | 'submitted';
}
