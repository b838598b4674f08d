import { parseNomenclatureCsv } from './nomenclature-csv';

const HEADER =
  'jenis_pemda,kode_urusan,kode_bidang_urusan,nama_bidang_urusan,kode_program,nama_program,kode_kegiatan,nama_kegiatan,kode_sub_kegiatan,kode_sub_kegiatan_4digit,nama_sub_kegiatan,kinerja,indikator,satuan,aktif_efektif,aktif_sub_kegiatan,aktif_kegiatan,aktif_program,dalam_update_kep050,id_hkm,penanda_catatan_kaki,catatan';
const PREFIX = 'PROV,X,X.XX,PROGRAM PENUNJANG,X.XX.01,PROGRAM PENUNJANG PROVINSI,X.XX.01.1.01,"Perencanaan, Penganggaran"';

function line(sub: string, fourDigit: string, name: string, active: string): string {
  return `${PREFIX},${sub},${fourDigit},${name},,,,${active},1,1,1,1,50,,`;
}

describe(`${parseNomenclatureCsv.name} (simcan 050-3708/2020 column set)`, () => {
  it('detects the format and keys rows on the four-digit code', () => {
    const result = parseNomenclatureCsv([HEADER, line('X.XX.01.1.01.01', 'X.XX.01.1.01.0001', 'Penyusunan Dokumen Perencanaan', '1')].join('\n'));
    expect(result.format).toBe('simcan-050-3708-2020');
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ code: 'X.XX.01.1.01.0001', sourceCode: 'X.XX.01.1.01.01', kinerja: null, previous: null, active: true });
  });

  it('sets inactive records aside, where duplicates do not count', () => {
    const result = parseNomenclatureCsv(
      [
        HEADER,
        line('X.XX.01.1.01.01', 'X.XX.01.1.01.0001', 'A', '1'),
        line('X.XX.01.1.01.02', 'X.XX.01.1.01.0002', 'B old', '0'),
        line('X.XX.01.1.01.02', 'X.XX.01.1.01.0002', 'B older', '0'),
      ].join('\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.name)).toEqual(['A']);
    expect(result.inactiveRows.map((r) => r.name)).toEqual(['B old', 'B older']);
  });

  it('turns the problems of an inactive record into warnings', () => {
    const result = parseNomenclatureCsv([HEADER, line('X.XX.01.1.01.01', 'X.XX.01.1.01.0001', 'A', '1'), line('X.XX.01.1.01.00', 'X.XX.01.1.01.0000', 'Z', '0')].join('\n'));
    expect(result.errors).toEqual([]);
    expect(result.inactiveRows).toEqual([]);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 3, code: 'NOMENCLATURE_CSV_CODE_MALFORMED' })]);
  });

  it('refuses a four-digit column that disagrees with the code', () => {
    const { errors } = parseNomenclatureCsv([HEADER, line('X.XX.01.1.01.01', 'X.XX.01.1.01.0010', 'A', '1')].join('\n'));
    expect(errors).toEqual([
      expect.objectContaining({ line: 2, code: 'NOMENCLATURE_CSV_VALUE_INVALID', column: 'kode_sub_kegiatan_4digit' }),
    ]);
  });

  it('refuses an aktif flag other than 0 or 1', () => {
    const { errors } = parseNomenclatureCsv([HEADER, line('X.XX.01.1.01.01', 'X.XX.01.1.01.0001', 'A', 'ya')].join('\n'));
    expect(errors).toEqual([expect.objectContaining({ line: 2, column: 'aktif_efektif', reason: "aktif_efektif: must be 0 or 1, got 'ya'" })]);
  });

  it('names the missing aktif column when the format is forced', () => {
    const { errors } = parseNomenclatureCsv('jenis_pemda,kode_sub_kegiatan\n', { format: 'simcan-050-3708-2020' });
    expect(errors[0].reason).toMatch(/simcan-050-3708-2020 format: kode_urusan, .*, aktif_efektif$/);
  });
});
