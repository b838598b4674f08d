import { isRegionCode, parseRegionCode, toRegionCode } from './region-code';
import { RegionCodeMalformedError } from './region-code.errors';

function reasonFor(input: unknown): string {
  const result = parseRegionCode(input);
  if (result.ok) throw new Error(`expected ${String(input)} to be refused`);
  return result.error.message;
}

describe(parseRegionCode.name, () => {
  it('reads a two-digit code as a province', () => {
    expect(parseRegionCode('81')).toEqual({ ok: true, value: { code: '81', level: 'provinsi', province: '81' } });
  });

  it('reads PP.KK as a kabupaten/kota of province PP', () => {
    expect(parseRegionCode('81.71')).toEqual({ ok: true, value: { code: '81.71', level: 'kabupaten_kota', province: '81' } });
  });

  it('keeps a trailing zero because codes are text', () => {
    const result = parseRegionCode('11.10');
    expect(result.ok && result.value.code).toBe('11.10');
  });

  it('refuses a number and says codes are text', () => {
    expect(reasonFor(11.1)).toMatch(/codes are text, never numbers: got the number 11.1/);
  });

  it('refuses a kab/kota part with one digit, naming it', () => {
    expect(reasonFor('11.1')).toBe("kabupaten/kota part of '11.1' must be two digits, got '1'");
  });

  it('refuses a four-digit code without a dot and shows the dotted form', () => {
    expect(reasonFor('8171')).toBe("region code '8171' has no dot: a kabupaten/kota code is written 'PP.KK', e.g. '81.71'");
  });

  it('refuses kecamatan-level codes', () => {
    expect(reasonFor('81.71.01')).toMatch(/has 3 segments; only provinsi 'PP' and kabupaten\/kota 'PP.KK' are supported/);
  });

  it('refuses a province part that is not two digits', () => {
    expect(reasonFor('8')).toBe("province part of '8' must be two digits, got '8'");
    expect(reasonFor('AB.01')).toBe("province part of 'AB.01' must be two digits, got 'AB'");
  });

  it('refuses province numbers below 11', () => {
    expect(reasonFor('00')).toBe("province part of '00' must be 11–99, got '00'");
  });

  it('refuses kab/kota 00', () => {
    expect(reasonFor('81.00')).toBe("kabupaten/kota part of '81.00' must be 01–99, got '00'");
  });

  it('refuses empty text, whitespace and non-strings', () => {
    expect(reasonFor('')).toMatch(/is empty/);
    expect(reasonFor(' 81')).toMatch(/leading or trailing whitespace/);
    expect(reasonFor(null)).toMatch(/got null/);
    expect(reasonFor(undefined)).toMatch(/got undefined/);
  });

  it('returns a typed error with a stable code', () => {
    const result = parseRegionCode('81.7');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(RegionCodeMalformedError);
      expect(result.error.code).toBe('REGION_CODE_MALFORMED');
      expect(result.error.input).toBe('81.7');
    }
  });
});

describe(toRegionCode.name, () => {
  it('throws the typed error for a malformed code', () => {
    expect(() => toRegionCode('81.7')).toThrow(RegionCodeMalformedError);
  });
});

describe(isRegionCode.name, () => {
  it('tells well-formed codes from the rest', () => {
    expect(['81', '81.71', '96.01'].every(isRegionCode)).toBe(true);
    expect([81, '81.7', '81.71.01', ''].some(isRegionCode)).toBe(false);
  });
});

describe('well-formed codes, exhaustively', () => {
  const twoDigits = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
  const candidates = [
    ...twoDigits,
    ...twoDigits.flatMap((p) => twoDigits.map((k) => `${p}.${k}`)),
    ...['8', '811', '8171', '81.7', '81.711', '81.', '.71', ' 81', '81 ', '81.71\n', '81,71', '８１', '81.71.01', 'ab', '81.7a'],
  ];
  const wellFormed = (code: string) => {
    const match = /^(\d\d)(?:\.(\d\d))?$/.exec(code);
    return !!match && Number(match[1]) >= 11 && (match[2] === undefined || Number(match[2]) >= 1);
  };

  it('accepts exactly province 11–99 and kabupaten/kota 01–99, and explains every other code', () => {
    for (const code of candidates) {
      expect([code, isRegionCode(code)]).toEqual([code, wellFormed(code)]);
      const result = parseRegionCode(code);
      expect([code, result.ok]).toEqual([code, wellFormed(code)]);
      if (!result.ok) expect(result.error.message).toMatch(/region code|part of/);
    }
  });
});
