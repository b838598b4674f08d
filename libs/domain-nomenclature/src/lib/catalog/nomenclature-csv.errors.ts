/** Stable codes of CSV import problems; each problem names its line. */
export type NomenclatureCsvErrorCode =
  | 'NOMENCLATURE_CSV_UNREADABLE'
  | 'NOMENCLATURE_CSV_COLUMNS_MISSING'
  | 'NOMENCLATURE_CSV_FIELD_COUNT'
  | 'NOMENCLATURE_CSV_VALUE_MISSING'
  | 'NOMENCLATURE_CSV_VALUE_INVALID'
  | 'NOMENCLATURE_CSV_CODE_MALFORMED'
  | 'NOMENCLATURE_CSV_HIERARCHY_MISMATCH'
  | 'NOMENCLATURE_CSV_LEVEL_MISMATCH'
  | 'NOMENCLATURE_CSV_DUPLICATE_KEY'
  /** A warning, never an error: `sub_kegiatan_sebelumnya` names a retired code under another name. */
  | 'NOMENCLATURE_PREVIOUS_NAME_MISMATCH';

export interface NomenclatureCsvError {
  /** Line in the file (header is line 1). */
  readonly line: number;
  readonly code: NomenclatureCsvErrorCode;
  readonly reason: string;
  readonly column?: string;
  /** For a duplicate key, the line that has it first. */
  readonly firstLine?: number;
}
