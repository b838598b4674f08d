import { aSipdRecord, SIPD_COLUMNS, sipdCsv } from '../testing/nomenclature.fixtures';
import { parseNomenclatureCsv } from './nomenclature-csv';

describe(parseNomenclatureCsv.name, () => {
  it('reads a SIPD row into a catalog row', () => {
    const result = parseNomenclatureCsv(sipdCsv([aSipdRecord({ tag: '["INKLUSI KEUANGAN", "KESPRO"]' })]));
    expect(result.errors).toEqual([]);
    expect(result.format).toBe('sipd-2027');
    expect(result.rows).toEqual([
      {
        line: 2,
        level: 'KABKOT',
        code: '2.16.03.2.02.0041',
        sourceCode: '2.16.03.2.02.0041',
        name: 'Koordinasi Pelaksanaan SPBE (Pemerintah Digital) yang meliputi tata kelola, manajemen SPBE, dan Audit TIK',
        urusanCode: '2',
        bidangCode: '2.16',
        bidangName: 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA',
        programCode: '2.16.03',
        programName: 'PROGRAM PENGELOLAAN APLIKASI INFORMATIKA',
        kegiatanCode: '2.16.03.2.02',
        kegiatanName: 'Pengelolaan E-government di Lingkup Pemerintah Daerah Kabupaten/Kota',
        kinerja: 'Terlaksananya koordinasi Pelaksanaan SPBE',
        indikator: 'Jumlah dokumen kebijakan tata kelola SPBE',
        satuan: 'Dokumen',
        tags: ['INKLUSI KEUANGAN', 'KESPRO'],
        pelaksana: 'Bidang Aplikasi Informatika',
        spm: 'NON-SPM',
        jenis: 'Aktifitas',
        previous: { code: '2.16.03.2.02.0037', name: 'Koordinasi penyusunan kebijakan tata kelola SPBE' },
        active: true,
      },
    ]);
  });

  it('reads [null] and blank values as empty', () => {
    const [row] = parseNomenclatureCsv(sipdCsv([aSipdRecord({ tag: '[null]', kinerja: '[null]', pelaksana: ' ', sub_kegiatan_sebelumnya: '' })])).rows;
    expect([row.tags, row.kinerja, row.pelaksana, row.previous]).toEqual([[], null, null, null]);
  });

  it('refuses a [null] in a required column', () => {
    const { rows, errors } = parseNomenclatureCsv(sipdCsv([aSipdRecord({ nama_sub_kegiatan: '[null]' })]));
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ line: 2, code: 'NOMENCLATURE_CSV_VALUE_MISSING', column: 'nama_sub_kegiatan', reason: 'nama_sub_kegiatan: is empty' }]);
  });

  it('names every missing required column', () => {
    const columns = SIPD_COLUMNS.filter((c) => c !== 'satuan' && c !== 'nama_program');
    const { rows, errors } = parseNomenclatureCsv(sipdCsv([aSipdRecord()], columns));
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { line: 1, code: 'NOMENCLATURE_CSV_COLUMNS_MISSING', reason: 'missing required column(s) for the sipd-2027 format: nama_program, satuan' },
    ]);
  });

  it('reads a file without the optional columns', () => {
    const columns = SIPD_COLUMNS.filter((c) => !['tag', 'pelaksana', 'spm', 'jenis', 'sub_kegiatan_sebelumnya'].includes(c));
    const { rows, errors } = parseNomenclatureCsv(sipdCsv([aSipdRecord()], columns));
    expect(errors).toEqual([]);
    expect(rows[0].previous).toBeNull();
  });

  it('refuses a duplicate (level, code) and cites both lines', () => {
    const csv = sipdCsv([aSipdRecord(), aSipdRecord({ kode_sub_kegiatan: '2.16.03.2.02.0042' }), aSipdRecord({ nama_sub_kegiatan: 'Other' })]);
    const { rows, errors } = parseNomenclatureCsv(csv);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(errors).toEqual([
      { line: 4, firstLine: 2, code: 'NOMENCLATURE_CSV_DUPLICATE_KEY', reason: 'duplicate key KABKOT:2.16.03.2.02.0041: already on line 2' },
    ]);
  });

  it('keeps the same code at both levels apart', () => {
    const special = { kode_kegiatan: '9.01.04.7.03', kode_program: '9.01.04', kode_bidang_urusan: '9.01', kode_urusan: '9', kode_sub_kegiatan: '9.01.04.7.03.0003' };
    const { rows, errors } = parseNomenclatureCsv(sipdCsv([aSipdRecord(special), aSipdRecord({ ...special, jenis_pemda: 'PROV' })]));
    expect(errors).toEqual([]);
    expect(rows.map((r) => `${r.level}:${r.code}`)).toEqual(['KABKOT:9.01.04.7.03.0003', 'PROV:9.01.04.7.03.0003']);
  });

  it('explains a malformed code with its line', () => {
    const { errors } = parseNomenclatureCsv(sipdCsv([aSipdRecord(), aSipdRecord({ kode_sub_kegiatan: '2.16.03.x.02.0041' })]));
    expect(errors).toContainEqual({
      line: 3,
      code: 'NOMENCLATURE_CSV_CODE_MALFORMED',
      column: 'kode_sub_kegiatan',
      reason: "kode_sub_kegiatan: '2.16.03.x.02.0041' segment 4 (level) must be a single digit 1–8, got 'x'",
    });
  });

  it('refuses a code that is not under its kegiatan column', () => {
    const { errors } = parseNomenclatureCsv(sipdCsv([aSipdRecord({ kode_kegiatan: '2.16.03.2.01' })]));
    expect(errors).toEqual([
      {
        line: 2,
        code: 'NOMENCLATURE_CSV_HIERARCHY_MISMATCH',
        column: 'kode_kegiatan',
        reason: "kode_kegiatan: '2.16.03.2.01' does not match kode_sub_kegiatan 2.16.03.2.02.0041 (expected '2.16.03.2.02')",
      },
    ]);
  });

  it('refuses a KABKOT row with a level-1 code', () => {
    const { errors } = parseNomenclatureCsv(sipdCsv([aSipdRecord({ jenis_pemda: 'KABKOT', kode_kegiatan: '2.16.03.1.02', kode_sub_kegiatan: '2.16.03.1.02.0041' })]));
    expect(errors).toEqual([
      { line: 2, code: 'NOMENCLATURE_CSV_LEVEL_MISMATCH', column: 'jenis_pemda', reason: 'jenis_pemda: KABKOT row with level digit 1 in 2.16.03.1.02.0041' },
    ]);
  });

  it('accepts special-regime digits at both levels where the real list has them', () => {
    const aceh = { kode_urusan: '1', kode_bidang_urusan: '1.01', kode_program: '1.01.02', kode_kegiatan: '1.01.02.7.01', kode_sub_kegiatan: '1.01.02.7.01.0001' };
    expect(parseNomenclatureCsv(sipdCsv([aSipdRecord(aceh), aSipdRecord({ ...aceh, jenis_pemda: 'PROV' })])).errors).toEqual([]);
  });

  it('refuses an unknown jenis_pemda', () => {
    const { errors } = parseNomenclatureCsv(sipdCsv([aSipdRecord({ jenis_pemda: 'KAB' })]));
    expect(errors).toEqual([{ line: 2, code: 'NOMENCLATURE_CSV_VALUE_INVALID', column: 'jenis_pemda', reason: "jenis_pemda: must be PROV or KABKOT, got 'KAB'" }]);
  });

  it('refuses a predecessor that does not start with a code', () => {
    const { errors } = parseNomenclatureCsv(sipdCsv([aSipdRecord({ sub_kegiatan_sebelumnya: 'Koordinasi penyusunan' })]));
    expect(errors[0]).toMatchObject({ line: 2, code: 'NOMENCLATURE_CSV_VALUE_INVALID', column: 'sub_kegiatan_sebelumnya' });
  });

  it('refuses a tag that is not a JSON list of strings', () => {
    const { errors } = parseNomenclatureCsv(sipdCsv([aSipdRecord({ tag: 'SPM' })]));
    expect(errors[0]).toMatchObject({ line: 2, code: 'NOMENCLATURE_CSV_VALUE_INVALID', column: 'tag' });
  });

  it('reports a line with the wrong number of fields', () => {
    const csv = sipdCsv([aSipdRecord()]) + 'KABKOT,2,2.16\n';
    const { rows, errors } = parseNomenclatureCsv(csv);
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([{ line: 3, code: 'NOMENCLATURE_CSV_FIELD_COUNT', reason: 'has 3 fields, the header has 18' }]);
  });

  it('gives the starting line of a row after a multi-line field', () => {
    const csv = sipdCsv([aSipdRecord({ kinerja: 'two\nlines' }), aSipdRecord({ kode_sub_kegiatan: 'bad' })]);
    expect(parseNomenclatureCsv(csv).errors[0].line).toBe(4);
  });

  it('reports an unreadable file instead of throwing', () => {
    const { rows, errors } = parseNomenclatureCsv(`${SIPD_COLUMNS.join(',')}\nKABKOT,"2`);
    expect(rows).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ line: 2, code: 'NOMENCLATURE_CSV_UNREADABLE' })]);
  });
});
