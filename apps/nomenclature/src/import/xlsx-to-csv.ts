import { CellValue, Workbook } from 'exceljs';

/**
 * The first worksheet of an XLSX workbook as CSV text, so a spreadsheet with the columns of
 * the reference CSV goes through the same parser and gets the same line-numbered errors.
 * Line N of the CSV is row N of the sheet: empty rows stay (as empty lines) and line breaks
 * inside a cell become spaces (the reference data collapses them too). Header cells are
 * read case-insensitively with spaces as underscores, so `JENIS PEMDA` is `jenis_pemda`.
 */
export async function xlsxToCsv(content: Buffer): Promise<string> {
  const workbook = new Workbook();
  // exceljs declares its own Buffer type; Node's Buffer is what it reads at runtime.
  await workbook.xlsx.load(content as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return '';
  const width = sheet.columnCount;
  const lines: string[] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
    if (cells.every((c) => c === '')) {
      lines.push('');
      continue;
    }
    lines.push((rowNumber === 1 ? cells.map(headerName) : cells).map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

/** Text of a cell as a person sees it; codes typed as numbers lose trailing zeros, which the parser then reports. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('').replace(/\r?\n/g, ' ');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as CellValue);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value).replace(/\r?\n/g, ' ');
}

function headerName(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
