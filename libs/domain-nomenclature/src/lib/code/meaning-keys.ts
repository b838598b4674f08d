import { NomenclatureCodeMalformedError } from './nomenclature-code.errors';
import { KegiatanCode, parseAnyCode, ProgramCode, SubKegiatanCode } from './nomenclature-code';

/**
 * `U.BB.PP` of a program, kegiatan or sub kegiatan code: `2.16.03.2.02.0041` → `2.16.03`.
 * Throws {@link NomenclatureCodeMalformedError} for a malformed code.
 */
export function programKey(code: string): string {
  return parseOrThrow(code).program;
}

/**
 * The kegiatan with its level digit removed, so a province's and a kab/kota's kegiatan of the
 * same program and number compare equal: `2.16.03.2.02.0041` and `2.16.03.1.02` → `2.16.03.02`.
 * Beware: kegiatan numbers are not always parallel across levels (in the 2027 list PROV
 * `1.01.02.1.01` is SMA and KABKOT `1.01.02.2.01` is SD), so equal keys are a candidate match,
 * not proof. Throws for a malformed code or a program code.
 */
export function kegiatanMeaningKey(code: string): string {
  const parsed = parseOrThrow(code);
  if (!isKegiatan(parsed)) throw new NomenclatureCodeMalformedError(code, ['is a program code; a kegiatan meaning needs a kegiatan or sub kegiatan code']);
  return `${parsed.program}.${parsed.kegiatanNumber}`;
}

/** The sub kegiatan with its level digit removed and a four-digit last segment: `2.16.03.2.02.0041` → `2.16.03.02.0041`. */
export function subKegiatanMeaningKey(code: string): string {
  const parsed = parseOrThrow(code);
  if (!('canonical' in parsed)) throw new NomenclatureCodeMalformedError(code, ['is not a sub kegiatan code']);
  return `${parsed.program}.${parsed.kegiatanNumber}.${parsed.subKegiatanNumber}`;
}

/** A sub kegiatan code with a four-digit last segment (`5.01.02.2.01.05` → `5.01.02.2.01.0005`). Throws for a malformed code. */
export function canonicalSubKegiatanCode(code: string): string {
  const parsed = parseOrThrow(code);
  if (!('canonical' in parsed)) throw new NomenclatureCodeMalformedError(code, ['is not a sub kegiatan code']);
  return parsed.canonical;
}

/**
 * The `X.XX` (program penunjang) form of a bidang-specific penunjang code, which is how the
 * catalog lists it: `2.16.01.2.01.0001` → `X.XX.01.2.01.0001`. Null when the code is not in
 * program `01` or is already `X.XX`. Look the exact code up first: a few bidang (PROV 4.01,
 * 4.02) have a program `01` of their own.
 */
export function penunjangTemplateOf(code: string): string | null {
  const parsed = parseOrThrow(code);
  if (parsed.penunjang || !parsed.program.endsWith('.01')) return null;
  return `X.XX${parsed.code.slice(parsed.bidang.length)}`;
}

function parseOrThrow(code: string): ProgramCode | KegiatanCode | SubKegiatanCode {
  const parsed = parseAnyCode(code);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

function isKegiatan(code: ProgramCode | KegiatanCode): code is KegiatanCode {
  return 'kegiatanNumber' in code;
}
