export type CellValue = string | number | boolean | null;

export interface ExportColumn {
  header: string;
  /** `rupiah` and `number` are written as numbers; everything else (codes included) as text. */
  type?: 'text' | 'rupiah' | 'number' | 'decimal';
  width?: number;
}

/** One sheet of an export; a CSV export writes the first table only. */
export interface ExportTable {
  name: string;
  columns: ExportColumn[];
  rows: CellValue[][];
}

export type ExportFormat = 'csv' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];
