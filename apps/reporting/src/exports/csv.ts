import { CellValue, ExportTable } from './export-table';

/** Excel reads a UTF-8 file as the local ANSI code page unless it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula; text from regency systems
 * (justifications, names) must not become one (CSV injection, OWASP), so such text gets a leading
 * quote. So does text with `;` followed by one: a spreadsheet whose list separator is `;` (the
 * Indonesian locale's) would otherwise split `SECTEST;=1+2` into a formula cell (issue 23).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_AFTER_SEPARATOR = /;\s*[=+\-@\t\r]/;

/** One field, always quoted (OWASP: every cell in double quotes, quotes doubled). */
export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === 'number' || typeof value === 'boolean') return `"${String(value)}"`;
  const text = FORMULA_START.test(value) || FORMULA_AFTER_SEPARATOR.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** RFC 4180: comma-separated, CRLF line ends, every field quoted, quotes doubled. */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => csvField(c.header)), ...table.rows.map((row) => row.map(csvField))];
  return UTF8_BOM + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}
