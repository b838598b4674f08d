import { NomenclatureCodeMalformedError } from './nomenclature-code.errors';
import { canonicalSubKegiatanCode, kegiatanMeaningKey, penunjangTemplateOf, programKey, subKegiatanMeaningKey } from './meaning-keys';

describe(programKey.name, () => {
  it('gives urusan.bidang.program of any code depth', () => {
    expect(programKey('2.16.03.2.02.0041')).toBe('2.16.03');
    expect(programKey('2.16.03.1.02')).toBe('2.16.03');
    expect(programKey('2.16.03')).toBe('2.16.03');
  });

  it('throws the typed error for a malformed code', () => {
    expect(() => programKey('2.16.3')).toThrow(NomenclatureCodeMalformedError);
  });
});

describe(kegiatanMeaningKey.name, () => {
  it('drops the level digit', () => {
    expect(kegiatanMeaningKey('2.16.03.2.02.0041')).toBe('2.16.03.02');
  });

  it('gives the province and the kab/kota kegiatan the same key', () => {
    expect(kegiatanMeaningKey('2.16.03.1.02.0041')).toBe(kegiatanMeaningKey('2.16.03.2.02'));
  });

  it('keeps different kegiatan apart', () => {
    expect(kegiatanMeaningKey('2.16.03.2.01.0001')).not.toBe(kegiatanMeaningKey('2.16.03.2.02.0001'));
  });

  it('refuses a program code', () => {
    expect(() => kegiatanMeaningKey('2.16.03')).toThrow(/is a program code/);
  });
});

describe(subKegiatanMeaningKey.name, () => {
  it('drops the level digit and pads the legacy segment', () => {
    expect(subKegiatanMeaningKey('2.16.03.2.02.0041')).toBe('2.16.03.02.0041');
    expect(subKegiatanMeaningKey('2.16.03.1.02.41')).toBe('2.16.03.02.0041');
  });
});

describe(canonicalSubKegiatanCode.name, () => {
  it('pads a legacy two-digit segment to four digits', () => {
    expect(canonicalSubKegiatanCode('5.01.02.2.01.05')).toBe('5.01.02.2.01.0005');
    expect(canonicalSubKegiatanCode('5.01.02.2.01.0005')).toBe('5.01.02.2.01.0005');
  });

  it('refuses a kegiatan code', () => {
    expect(() => canonicalSubKegiatanCode('5.01.02.2.01')).toThrow(/is not a sub kegiatan code/);
  });
});

describe(penunjangTemplateOf.name, () => {
  it('maps a bidang-specific penunjang code to its X.XX form', () => {
    expect(penunjangTemplateOf('2.16.01.2.01.0001')).toBe('X.XX.01.2.01.0001');
  });

  it('gives null outside program 01 and for X.XX codes', () => {
    expect(penunjangTemplateOf('2.16.03.2.02.0041')).toBeNull();
    expect(penunjangTemplateOf('X.XX.01.2.01.0001')).toBeNull();
  });
});
