import { NomenclatureEntryV1, parsePayload } from '@selaras/contracts';
import { loadReferenceCatalog } from '@selaras/domain-nomenclature';
import { anEntryRecord } from '../testing/entry.fixtures';
import { toEntryRecord } from './entry-record';
import { toEntryPayload } from './entry-payload';

describe(toEntryPayload.name, () => {
  it('carries the entry with its parents, SPM as a boolean and the code it replaces', () => {
    expect(toEntryPayload(anEntryRecord({ spm: 'SPM' }), 'sipd-2027')).toEqual({
      level: 'KABKOT',
      code: '2.16.03.2.02.0041',
      name: expect.stringContaining('Koordinasi Pelaksanaan SPBE'),
      bidangCode: '2.16',
      bidangName: 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA',
      programCode: '2.16.03',
      programName: 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA',
      kegiatanCode: '2.16.03.2.02',
      kegiatanName: 'Pengelolaan E-government di Lingkup Pemerintah Daerah Kabupaten/Kota',
      kinerja: 'Terlaksananya koordinasi Pelaksanaan SPBE',
      indikator: 'Jumlah dokumen kebijakan tata kelola SPBE',
      satuan: 'Dokumen',
      spm: true,
      jenis: 'Aktifitas',
      replaces: '2.16.03.2.02.0037',
      versionId: 'sipd-2027',
    });
  });

  it('leaves out empty optional fields instead of sending nulls', () => {
    const payload = toEntryPayload(anEntryRecord({ kinerja: null, indikator: null, satuan: null, jenis: null, spm: null, previous: null }), 'v');
    expect(payload).not.toHaveProperty('kinerja');
    expect(payload).not.toHaveProperty('satuan');
    expect(payload).not.toHaveProperty('replaces');
    expect(payload.spm).toBe(false);
  });

  it.each(['sipd-2027', 'kepmendagri-050-3708-2020'] as const)('makes a valid NomenclatureEntryV1 of every entry of the real %s list', (id) => {
    const rows = loadReferenceCatalog(id).rows;
    for (const row of rows) expect(() => parsePayload(NomenclatureEntryV1, toEntryPayload(toEntryRecord(row), id))).not.toThrow();
  });
});
