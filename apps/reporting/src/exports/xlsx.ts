import type { Workbook } from 'exceljs';
import { ExportTable } from './export-table';

const NUMBER_FORMATS = { rupiah: '#,##0', number: '0', decimal: '0.00' } as const;

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/** One sheet per table, header bold and frozen; codes stay text, money stays whole rupiah. */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  // Loaded on the first XLSX export, not at start-up: exceljs alone is ~12 MB of resident memory
  // that a service under a 256 MB budget otherwise carries for a download few people make.
  const { Workbook: WorkbookClass } = (await import('exceljs')) as { Workbook: new () => Workbook };
  const workbook = new WorkbookClass();
  workbook.creator = 'Selaras';
  workbook.created = new Date();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.min(Math.max(c.header.length + 2, 10), 60),
      style: c.type && c.type !== 'text' ? { numFmt: NUMBER_FORMATS[c.type] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
