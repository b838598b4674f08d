import { parsePreviousSubKegiatan } from './previous-sub-kegiatan';

describe(parsePreviousSubKegiatan.name, () => {
  it('splits the code from the name', () => {
    expect(parsePreviousSubKegiatan('2.16.03.2.02.0037 Koordinasi penyusunan kebijakan')).toEqual({
      ok: true,
      value: { code: '2.16.03.2.02.0037', name: 'Koordinasi penyusunan kebijakan' },
    });
  });

  it('reads empty text as no predecessor', () => {
    expect(parsePreviousSubKegiatan('  ')).toEqual({ ok: true, value: null });
  });

  it('accepts a code without a name and pads a legacy code', () => {
    expect(parsePreviousSubKegiatan('2.16.03.2.02.37')).toEqual({ ok: true, value: { code: '2.16.03.2.02.0037', name: '' } });
  });

  it('explains text that does not start with a code', () => {
    expect(parsePreviousSubKegiatan('Koordinasi penyusunan')).toEqual({
      ok: false,
      error: "must start with the replaced sub kegiatan code: 'Koordinasi' must have 6 segments U.BB.PP.L.KK.SSSS, got 1 (the shape of an urusan code)",
    });
  });
});
