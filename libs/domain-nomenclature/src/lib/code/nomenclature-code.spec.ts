import { NomenclatureCodeMalformedError } from './nomenclature-code.errors';
import { parseAnyCode, parseKegiatanCode, parseProgramCode, parseSubKegiatanCode, toSubKegiatanCode } from './nomenclature-code';

function problemsOf(result: { ok: boolean; error?: NomenclatureCodeMalformedError }): readonly string[] {
  if (result.ok || !result.error) throw new Error('expected the code to be refused');
  return result.error.problems;
}

describe(parseSubKegiatanCode.name, () => {
  it('splits a kab/kota sub kegiatan code into its parts', () => {
    const result = parseSubKegiatanCode('2.16.03.2.02.0041');
    expect(result.ok && result.value).toEqual({
      code: '2.16.03.2.02.0041',
      canonical: '2.16.03.2.02.0041',
      format: 'current',
      urusan: '2',
      bidang: '2.16',
      program: '2.16.03',
      kegiatan: '2.16.03.2.02',
      levelDigit: 2,
      governmentLevel: 'KABKOT',
      specialRegime: null,
      kegiatanNumber: '02',
      subKegiatanNumber: '0041',
      penunjang: false,
    });
  });

  it('reads level digit 1 as a province code', () => {
    const result = parseSubKegiatanCode('2.16.03.1.02.0041');
    expect(result.ok && result.value.governmentLevel).toBe('PROV');
  });

  it('reads level digits 3–8 as special regimes without a general level', () => {
    const result = parseSubKegiatanCode('9.01.04.7.03.0003');
    expect(result.ok && [result.value.governmentLevel, result.value.specialRegime?.id]).toEqual([null, 'aceh']);
  });

  it('accepts the X.XX program penunjang codes', () => {
    const result = parseSubKegiatanCode('X.XX.01.2.01.0001');
    expect(result.ok && [result.value.bidang, result.value.program, result.value.penunjang]).toEqual(['X.XX', 'X.XX.01', true]);
  });

  it('accepts the legacy two-digit sub kegiatan segment and gives its four-digit form', () => {
    const result = parseSubKegiatanCode('X.XX.01.1.01.01');
    expect(result.ok && [result.value.format, result.value.canonical, result.value.subKegiatanNumber]).toEqual(['legacy', 'X.XX.01.1.01.0001', '0001']);
  });

  it('keeps codes as text: 2.20 is not 2.2', () => {
    expect(problemsOf(parseSubKegiatanCode('2.2.02.2.01.0018'))).toEqual(["segment 2 (bidang) must be two digits 01–99, got '2'"]);
  });

  it('explains a bad level digit', () => {
    const result = parseSubKegiatanCode('2.16.03.x.02.0041');
    expect(problemsOf(result)).toEqual(["segment 4 (level) must be a single digit 1–8, got 'x'"]);
    expect(!result.ok && result.error.message).toBe("nomenclature code '2.16.03.x.02.0041': segment 4 (level) must be a single digit 1–8, got 'x'");
  });

  it('explains a level digit 0 or 9', () => {
    expect(problemsOf(parseSubKegiatanCode('2.16.03.9.02.0041'))).toEqual(["segment 4 (level) must be a single digit 1–8, got '9'"]);
  });

  it('explains the truncated form some apps produce (no level digit)', () => {
    expect(problemsOf(parseSubKegiatanCode('1.01.01.02.01.0001'))).toEqual(["segment 4 (level) must be a single digit 1–8, got '02'"]);
  });

  it('reports every bad segment (a two-digit last segment is the legacy format, so it passes)', () => {
    expect(problemsOf(parseSubKegiatanCode('0.1.3.x.2.41'))).toEqual([
      "segment 1 (urusan) must be a single digit 1–9 or 'X', got '0'",
      "segment 2 (bidang) must be two digits 01–99, got '1'",
      "segment 3 (program) must be two digits 01–99, got '3'",
      "segment 4 (level) must be a single digit 1–8, got 'x'",
      "segment 5 (kegiatan) must be two digits 01–99, got '2'",
    ]);
  });

  it('explains a three-digit sub kegiatan segment', () => {
    expect(problemsOf(parseSubKegiatanCode('2.16.03.2.02.041'))).toEqual([
      "segment 6 (sub kegiatan) must be four digits (or two in the 050-3708/2020 format), got '041'",
    ]);
  });

  it('refuses zero segments', () => {
    expect(problemsOf(parseSubKegiatanCode('2.16.00.2.02.0000'))).toEqual([
      "segment 3 (program) must be 01–99, got '00'",
      "segment 6 (sub kegiatan) must not be zero, got '0000'",
    ]);
  });

  it('ties X to XX both ways', () => {
    expect(problemsOf(parseSubKegiatanCode('X.16.01.2.01.0001'))).toEqual(["segment 2 (bidang) must be 'XX' when urusan is 'X', got '16'"]);
    expect(problemsOf(parseSubKegiatanCode('2.XX.01.2.01.0001'))).toEqual(["segment 2 (bidang) 'XX' is only valid with urusan 'X', got urusan '2'"]);
  });

  it('names the shape it got when the segment count is wrong', () => {
    expect(problemsOf(parseSubKegiatanCode('2.16.03.2.02'))).toEqual(['must have 6 segments U.BB.PP.L.KK.SSSS, got 5 (the shape of a kegiatan code)']);
    expect(problemsOf(parseSubKegiatanCode('2.16.03.2.02.0041.1'))).toEqual(['must have 6 segments U.BB.PP.L.KK.SSSS, got 7']);
  });

  it('refuses numbers, empty text and whitespace', () => {
    expect(problemsOf(parseSubKegiatanCode(2.16))).toEqual([
      "codes are text, never numbers: got the number 2.16; pass a string such as '2.16.03.2.02.0041'",
    ]);
    expect(problemsOf(parseSubKegiatanCode(''))).toEqual(['is empty']);
    expect(problemsOf(parseSubKegiatanCode(' 2.16.03.2.02.0041'))).toEqual(['contains whitespace']);
    expect(problemsOf(parseSubKegiatanCode(undefined))).toEqual(['must be a string, got undefined']);
  });

  it('returns a typed error with a stable code', () => {
    const result = parseSubKegiatanCode('2.16');
    expect(!result.ok && result.error).toBeInstanceOf(NomenclatureCodeMalformedError);
    expect(!result.ok && result.error.code).toBe('NOMENCLATURE_CODE_MALFORMED');
  });
});

describe(toSubKegiatanCode.name, () => {
  it('throws the typed error', () => {
    expect(() => toSubKegiatanCode('2.16.03.x.02.0041')).toThrow(NomenclatureCodeMalformedError);
  });
});

describe(parseKegiatanCode.name, () => {
  it('splits a kegiatan code', () => {
    const result = parseKegiatanCode('2.16.03.2.02');
    expect(result.ok && [result.value.kegiatan, result.value.kegiatanNumber, result.value.governmentLevel]).toEqual(['2.16.03.2.02', '02', 'KABKOT']);
  });

  it('refuses a sub kegiatan code', () => {
    expect(problemsOf(parseKegiatanCode('2.16.03.2.02.0041'))).toEqual(['must have 5 segments U.BB.PP.L.KK, got 6 (the shape of a sub kegiatan code)']);
  });
});

describe(parseProgramCode.name, () => {
  it('splits a program code', () => {
    const result = parseProgramCode('2.16.03');
    expect(result.ok && result.value).toEqual({ code: '2.16.03', urusan: '2', bidang: '2.16', program: '2.16.03', penunjang: false });
  });
});

describe(parseAnyCode.name, () => {
  it('parses whichever of program, kegiatan or sub kegiatan it is given', () => {
    expect(parseAnyCode('2.16.03').ok).toBe(true);
    expect(parseAnyCode('2.16.03.2.02').ok).toBe(true);
    expect(parseAnyCode('2.16.03.2.02.0041').ok).toBe(true);
  });

  it('explains other shapes', () => {
    expect(problemsOf(parseAnyCode('2.16'))).toEqual([
      'must be a program (U.BB.PP), kegiatan (U.BB.PP.L.KK) or sub kegiatan (U.BB.PP.L.KK.SSSS) code, got 2 segment(s)',
    ]);
    expect(problemsOf(parseAnyCode(''))).toEqual(['is empty']);
  });
});
