import { DomainError } from '@selaras/service-kit';
import { readImportRequest } from './import-request';

function thrownBy(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error');
}

describe(readImportRequest.name, () => {
  const csv = Buffer.from('jenis_pemda,kode_sub_kegiatan\n');

  it('reads a raw upload with its fields in the query', () => {
    const request = readImportRequest({ contentType: 'text/csv', body: csv, query: { versionId: 'sipd-2027', label: 'SIPD 2027' } });
    expect(request).toMatchObject({ fields: { versionId: 'sipd-2027', label: 'SIPD 2027' }, content: csv, source: 'upload (text/csv, 30 bytes)' });
  });

  it('reads a multipart upload with its fields in the form', () => {
    const request = readImportRequest({ body: { versionId: 'v-2028', label: 'x', format: 'sipd-2027' }, query: {}, file: { buffer: csv, originalname: 'nomenklatur.xlsx', size: csv.length } });
    expect(request).toMatchObject({ fields: { versionId: 'v-2028', format: 'sipd-2027' }, source: 'upload nomenklatur.xlsx' });
  });

  it('reads the JSON form with the CSV as text', () => {
    const request = readImportRequest({ contentType: 'application/json', body: { versionId: 'v1', label: 'x', csv: 'a,b\n', source: 'email from Bappeda' }, query: {} });
    expect(request.content.toString()).toBe('a,b\n');
    expect(request.source).toBe('email from Bappeda');
    expect(request.fields).not.toHaveProperty('csv');
  });

  it('refuses a bad version id or an unknown format, naming the field', () => {
    const error = thrownBy(() => readImportRequest({ body: csv, query: { versionId: 'SIPD 2027!', label: 'x', format: 'excel' } }));
    expect(error.code).toBe('REQUEST_INVALID');
    expect(error.violations.map((v) => v.field).sort()).toEqual(['format', 'versionId']);
  });

  it('refuses a request without a file and says how to send one', () => {
    expect(thrownBy(() => readImportRequest({ body: {}, query: { versionId: 'v1', label: 'x' } })).code).toBe('NOMENCLATURE_UPLOAD_MISSING');
    const empty = thrownBy(() => readImportRequest({ contentType: 'text/csv', body: Buffer.alloc(0), query: { versionId: 'v1', label: 'x' } }));
    expect(empty.message).toContain('text/csv');
  });
});
