import { detectNomenclatureCsvFormat, NOMENCLATURE_CSV_FORMATS } from './nomenclature-csv-format';

describe(detectNomenclatureCsvFormat.name, () => {
  it('recognises the simcan column set by its aktif flag', () => {
    expect(detectNomenclatureCsvFormat(['jenis_pemda', 'kode_sub_kegiatan', 'aktif_efektif'])).toBe('simcan-050-3708-2020');
  });

  it('reads anything else as a SIPD export', () => {
    expect(detectNomenclatureCsvFormat([...NOMENCLATURE_CSV_FORMATS['sipd-2027'].required])).toBe('sipd-2027');
  });
});
