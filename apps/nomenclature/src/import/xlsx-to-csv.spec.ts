import { Workbook } from 'exceljs';
import { parseNomenclatureCsv } from '@selaras/domain-nomenclature';
import { SIPD_HEADER, sipdValues } from '../testing/catalog-csv';
import { catalogFileText } from './catalog-file';
import { cellText, xlsxToCsv } from './xlsx-to-csv';

async function workbookOf(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('data');
  rows.forEach((row, i) => (sheet.getRow(i + 1).values = row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe(xlsxToCsv.name, () => {
  it('turns the first sheet into CSV the catalog parser reads, header names normalised', async () => {
    const header = SIPD_HEADER.toUpperCase().replace(/_/g, ' ').split(',');
    const xlsx = await workbookOf([header, sipdValues('KABKOT', '2.16.03.2.02.0041', 'Koordinasi SPBE, tata kelola')]);
    const parsed = parseNomenclatureCsv(await xlsxToCsv(xlsx));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([expect.objectContaining({ line: 2, code: '2.16.03.2.02.0041', name: 'Koordinasi SPBE, tata kelola' })]);
  });

  it('keeps line N of the CSV on row N of the sheet, so errors point at the right row', async () => {
    const xlsx = await workbookOf([SIPD_HEADER.split(','), [], sipdValues('KABKOT', '2.16.3.2.02.0041', 'rusak')]);
    const parsed = parseNomenclatureCsv(await xlsxToCsv(xlsx));
    expect(parsed.errors.map((e) => e.line)).toEqual([3]);
  });
});

describe(cellText.name, () => {
  it('reads rich text, formulas and line breaks as a person sees them', () => {
    expect(cellText({ richText: [{ text: 'Koordinasi ' }, { text: 'SPBE' }] })).toBe('Koordinasi SPBE');
    expect(cellText({ formula: 'A1', result: 'Dokumen' } as never)).toBe('Dokumen');
    expect(cellText('baris satu\nbaris dua')).toBe('baris satu baris dua');
    expect(cellText(null)).toBe('');
  });
});

describe(catalogFileText.name, () => {
  it('tells XLSX from CSV by its bytes, not by the declared type', async () => {
    expect((await catalogFileText(await workbookOf([['jenis_pemda']]))).kind).toBe('xlsx');
    expect(await catalogFileText(Buffer.from('\ufeffjenis_pemda\n'))).toEqual({ kind: 'csv', text: '\ufeffjenis_pemda\n' });
  });
});
