import { xlsxToCsv } from './xlsx-to-csv';

/** XLSX files are ZIP archives: they start with the local file header `PK\x03\x04`. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export interface CatalogFileText {
  kind: 'csv' | 'xlsx';
  text: string;
}

/**
 * An uploaded catalog as CSV text. The bytes decide, not the declared content type: a CLI may
 * send an XLSX as `application/octet-stream`. CSV must be UTF-8 (a BOM is fine).
 */
export async function catalogFileText(content: Buffer): Promise<CatalogFileText> {
  if (content.subarray(0, 4).equals(ZIP_MAGIC)) return { kind: 'xlsx', text: await xlsxToCsv(content) };
  return { kind: 'csv', text: content.toString('utf8') };
}
