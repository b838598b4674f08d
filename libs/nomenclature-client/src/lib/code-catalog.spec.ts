import { NomenclatureEntryV1 } from '@selaras/contracts';
import { CodeCatalog } from './code-catalog';

function anEntry(overrides: Partial<NomenclatureEntryV1> = {}): NomenclatureEntryV1 {
  return {
    level: 'KABKOT', code: '2.16.03.2.02.0041', name: 'Koordinasi SPBE', bidangCode: '2.16', bidangName: 'Kominfo',
    programCode: '2.16.03', programName: 'Program Aplikasi Informatika', kegiatanCode: '2.16.03.2.02', kegiatanName: 'Pengelolaan e-government',
    satuan: 'Dokumen', spm: false, versionId: 'v2027', ...overrides,
  } as NomenclatureEntryV1;
}

describe(CodeCatalog.name, () => {
  const sut = () => {
    const catalog = new CodeCatalog();
    catalog.upsert(anEntry());
    catalog.upsert(anEntry({ level: 'PROV', code: '2.16.03.1.02.0041' }));
    return catalog;
  };

  it('finds a valid code of the right level', () => {
    expect(sut().check('KABKOT', '2.16.03.2.02.0041').status).toBe('valid');
  });

  it('refuses a provincial code for a kab/kota with wrong_level', () => {
    const result = sut().check('KABKOT', '2.16.03.1.02.0041');
    expect(result.status).toBe('wrong_level');
    expect(result).toHaveProperty('reason', expect.stringContaining('level-2'));
  });

  it('refuses a special-regime code (Aceh, digit 7) for a region outside that regime', () => {
    expect(sut().check('KABKOT', '2.16.03.7.02.0041', '81.71').status).toBe('wrong_level');
  });

  it('reports a malformed code', () => {
    expect(sut().check('KABKOT', '2.16.3.2.2.41').status).toBe('malformed');
  });

  it('reports an unknown code of the right shape', () => {
    expect(sut().check('KABKOT', '2.16.03.2.02.0999').status).toBe('unknown');
  });

  it('reports a retired code with its successor, and forgets the retirement when the code comes back', () => {
    const catalog = sut();
    catalog.remove('KABKOT:2.16.03.2.02.0041');
    catalog.markRetired([{ level: 'KABKOT', code: '2.16.03.2.02.0041', successor: '2.16.03.2.02.0042' }], 'v2028');
    expect(catalog.check('KABKOT', '2.16.03.2.02.0041')).toMatchObject({ status: 'retired', successor: '2.16.03.2.02.0042' });
    catalog.upsert(anEntry());
    expect(catalog.check('KABKOT', '2.16.03.2.02.0041').status).toBe('valid');
  });

  describe('program penunjang written under a bidang', () => {
    const withTemplate = () => {
      const catalog = sut();
      catalog.upsert(anEntry({ code: 'X.XX.01.2.01.0001', name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah', bidangCode: 'X.XX', programCode: 'X.XX.01', kegiatanCode: 'X.XX.01.2.01' }));
      return catalog;
    };

    it('is valid as the catalog X.XX row for any real bidang', () => {
      expect(withTemplate().check('KABKOT', '2.16.01.2.01.0001')).toMatchObject({ status: 'valid', penunjangOf: 'X.XX.01.2.01.0001', entry: { name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah' } });
      expect(withTemplate().check('KABKOT', '1.02.01.2.01.0001').status).toBe('valid');
    });

    it('keeps the level rule and refuses a bidang that does not exist', () => {
      expect(withTemplate().check('KABKOT', '2.16.01.1.01.0001').status).toBe('wrong_level');
      expect(withTemplate().check('KABKOT', '9.99.01.2.01.0001').status).toBe('unknown');
    });

    it('is retired when its template is, with the successor under the same bidang', () => {
      const catalog = sut();
      catalog.markRetired([{ level: 'KABKOT', code: 'X.XX.01.2.01.0001', successor: 'X.XX.01.2.01.0009' }], 'v2028');
      expect(catalog.check('KABKOT', '2.16.01.2.01.0001')).toMatchObject({ status: 'retired', successor: '2.16.01.2.01.0009' });
    });
  });

  it('keeps a retirement when an entry of the old version arrives after the activation, before its tombstone', () => {
    const catalog = sut();
    catalog.markRetired([{ level: 'KABKOT', code: '2.16.03.2.02.0041', successor: '2.16.03.2.02.0042' }], 'v2028');
    catalog.upsert(anEntry({ versionId: 'v2027' }));
    catalog.remove('KABKOT:2.16.03.2.02.0041');
    expect(catalog.check('KABKOT', '2.16.03.2.02.0041')).toMatchObject({ status: 'retired', successor: '2.16.03.2.02.0042' });
  });

  describe('the remembered verdict on a code\'s shape', () => {
    it('judges a special-regime code per region: Aceh\'s kab/kota may use digit 7, Maluku\'s may not', () => {
      const catalog = sut();
      catalog.upsert(anEntry({ code: '2.16.03.7.02.0041' }));
      expect(catalog.check('KABKOT', '2.16.03.7.02.0041', '81.71').status).toBe('wrong_level');
      expect(catalog.check('KABKOT', '2.16.03.7.02.0041', '11.01').status).toBe('valid');
      expect(catalog.check('KABKOT', '2.16.03.7.02.0041', '81.71').status).toBe('wrong_level');
    });

    it('judges a code per government level', () => {
      const catalog = sut();
      expect(catalog.check('KABKOT', '2.16.03.1.02.0041').status).toBe('wrong_level');
      expect(catalog.check('PROV', '2.16.03.1.02.0041').status).toBe('valid');
    });

    it('still follows the catalog: a code of the right shape turns valid when its entry arrives and unknown when it goes', () => {
      const catalog = sut();
      expect(catalog.check('KABKOT', '2.16.03.2.02.0999').status).toBe('unknown');
      catalog.upsert(anEntry({ code: '2.16.03.2.02.0999' }));
      expect(catalog.check('KABKOT', '2.16.03.2.02.0999').status).toBe('valid');
      catalog.remove('KABKOT:2.16.03.2.02.0999');
      expect(catalog.check('KABKOT', '2.16.03.2.02.0999').status).toBe('unknown');
    });

    it('answers the same for a code after more distinct codes than it remembers', () => {
      const catalog = sut();
      for (let i = 0; i < 50_001; i++) catalog.check('KABKOT', `2.16.03.2.02.${String(i % 10000).padStart(4, '0')}`, `81.${i}`);
      expect(catalog.check('KABKOT', '2.16.03.2.02.0041').status).toBe('valid');
      expect(catalog.check('KABKOT', '2.16.3.2.2.41').status).toBe('malformed');
    });
  });
});
