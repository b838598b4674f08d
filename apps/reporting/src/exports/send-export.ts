import { StreamableFile } from '@nestjs/common';
import { toCsv } from './csv';
import { ExportFormat, ExportTable } from './export-table';
import { toXlsx } from './xlsx';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A download: CSV carries the first table, XLSX every table as a sheet. */
export async function exportFile(format: ExportFormat, basename: string, tables: ExportTable[]): Promise<StreamableFile> {
  const body = format === 'csv' ? Buffer.from(toCsv(tables[0]), 'utf8') : await toXlsx(tables);
  const filename = `${basename}.${format}`;
  return new StreamableFile(body, {
    type: CONTENT_TYPES[format],
    disposition: `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    length: body.length,
  });
}
