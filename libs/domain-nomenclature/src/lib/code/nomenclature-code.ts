import { Result } from '../result';
import { GovernmentLevel } from './government-level';
import { generalLevelOfDigit, LevelDigit, SpecialRegime, specialRegimeOfDigit } from './level-digit';
import { NomenclatureCodeMalformedError } from './nomenclature-code.errors';

/** `2.16.03`: urusan `2`, bidang `2.16`, program `03`. */
export interface ProgramCode {
  /** The code as given. */
  readonly code: string;
  /** `1`–`9`, or `X` for the program penunjang that applies to every bidang. */
  readonly urusan: string;
  /** `2.16`, or `X.XX`. */
  readonly bidang: string;
  /** `2.16.03`. */
  readonly program: string;
  /** True for `X.XX` codes (program penunjang, rendered by SIPD under every bidang). */
  readonly penunjang: boolean;
}

/** `2.16.03.2.02`: a program's kegiatan `02` at level digit `2`. */
export interface KegiatanCode extends ProgramCode {
  /** `2.16.03.2.02`. */
  readonly kegiatan: string;
  readonly levelDigit: LevelDigit;
  /** `PROV` for digit 1, `KABKOT` for digit 2, null for a special-regime digit 3–8. */
  readonly governmentLevel: GovernmentLevel | null;
  readonly specialRegime: SpecialRegime | null;
  /** `02`. */
  readonly kegiatanNumber: string;
}

/** `2.16.03.2.02.0041`. */
export interface SubKegiatanCode extends KegiatanCode {
  /**
   * The code with a four-digit sub kegiatan segment. Equals `code` for the current format; a
   * legacy code `X.XX.01.1.01.01` becomes `X.XX.01.1.01.0001` (sub kegiatan numbers carried
   * over when Kepmendagri 050-5889/2021 moved to four digits — an assumption, see data/SOURCE.md).
   */
  readonly canonical: string;
  /** `current` (4-digit sub kegiatan, 050-5889/2021 onwards) or `legacy` (2-digit, Permendagri 90/2019 and Kepmendagri 050-3708/2020). */
  readonly format: 'current' | 'legacy';
  /** Always four digits: `0041`. */
  readonly subKegiatanNumber: string;
}

export type ParseCodeResult<T> = Result<T, NomenclatureCodeMalformedError>;

const SHAPES: Readonly<Record<number, string>> = {
  1: 'an urusan code',
  2: 'a bidang code',
  3: 'a program code',
  5: 'a kegiatan code',
  6: 'a sub kegiatan code',
};

/** Parses a sub kegiatan code `U.BB.PP.L.KK.SSSS` (or the legacy `U.BB.PP.L.KK.SS`). Never throws. */
export function parseSubKegiatanCode(input: unknown): ParseCodeResult<SubKegiatanCode> {
  const parsed = parseSegments(input, 6, 'U.BB.PP.L.KK.SSSS');
  if (!parsed.ok) return parsed;
  const parts = parsed.value;
  const kegiatan = kegiatanFrom(input as string, parts);
  const sub = parts[5];
  const subKegiatanNumber = sub.padStart(4, '0');
  return {
    ok: true,
    value: {
      ...kegiatan,
      canonical: `${kegiatan.kegiatan}.${subKegiatanNumber}`,
      format: sub.length === 2 ? 'legacy' : 'current',
      subKegiatanNumber,
    },
  };
}

/** Parses a kegiatan code `U.BB.PP.L.KK`. Never throws. */
export function parseKegiatanCode(input: unknown): ParseCodeResult<KegiatanCode> {
  const parsed = parseSegments(input, 5, 'U.BB.PP.L.KK');
  return parsed.ok ? { ok: true, value: kegiatanFrom(input as string, parsed.value) } : parsed;
}

/** Parses a program code `U.BB.PP`. Never throws. */
export function parseProgramCode(input: unknown): ParseCodeResult<ProgramCode> {
  const parsed = parseSegments(input, 3, 'U.BB.PP');
  return parsed.ok ? { ok: true, value: programFrom(input as string, parsed.value) } : parsed;
}

/** Parses a program, kegiatan or sub kegiatan code, whichever shape it has. Never throws. */
export function parseAnyCode(input: unknown): ParseCodeResult<ProgramCode | KegiatanCode | SubKegiatanCode> {
  if (typeof input === 'string') {
    const segments = input.split('.').length;
    if (segments === 6) return parseSubKegiatanCode(input);
    if (segments === 5) return parseKegiatanCode(input);
    if (segments === 3) return parseProgramCode(input);
    if (input !== '' && !/\s/.test(input)) {
      return fail(input, [`must be a program (U.BB.PP), kegiatan (U.BB.PP.L.KK) or sub kegiatan (U.BB.PP.L.KK.SSSS) code, got ${segments} segment(s)`]);
    }
  }
  return parseSubKegiatanCode(input); // explains non-strings, empty text and whitespace
}

/** Like {@link parseSubKegiatanCode} but throws {@link NomenclatureCodeMalformedError}. */
export function toSubKegiatanCode(input: unknown): SubKegiatanCode {
  const result = parseSubKegiatanCode(input);
  if (!result.ok) throw result.error;
  return result.value;
}

function programFrom(code: string, parts: readonly string[]): ProgramCode {
  const [urusan, bidang, program] = parts;
  return { code, urusan, bidang: `${urusan}.${bidang}`, program: `${urusan}.${bidang}.${program}`, penunjang: urusan === 'X' };
}

function kegiatanFrom(code: string, parts: readonly string[]): KegiatanCode {
  const program = programFrom(code, parts);
  const levelDigit = Number(parts[3]) as LevelDigit;
  return {
    ...program,
    kegiatan: `${program.program}.${parts[3]}.${parts[4]}`,
    levelDigit,
    governmentLevel: generalLevelOfDigit(levelDigit),
    specialRegime: specialRegimeOfDigit(levelDigit),
    kegiatanNumber: parts[4],
  };
}

function parseSegments(input: unknown, expected: number, shape: string): ParseCodeResult<string[]> {
  if (typeof input === 'number') {
    return fail(input, [`codes are text, never numbers: got the number ${input}; pass a string such as '2.16.03.2.02.0041'`]);
  }
  if (typeof input !== 'string') return fail(input, [`must be a string, got ${input === null ? 'null' : typeof input}`]);
  if (input === '') return fail(input, ['is empty']);
  if (/\s/.test(input)) return fail(input, ['contains whitespace']);

  const parts = input.split('.');
  if (parts.length !== expected) {
    const actual = SHAPES[parts.length] ? ` (the shape of ${SHAPES[parts.length]})` : '';
    return fail(input, [`must have ${expected} segments ${shape}, got ${parts.length}${actual}`]);
  }
  const problems = segmentProblems(parts);
  return problems.length > 0 ? fail(input, problems) : { ok: true, value: parts };
}

function segmentProblems(parts: readonly string[]): string[] {
  const [urusan, bidang, program, level, kegiatan, sub] = parts;
  const problems: string[] = [];
  if (!/^([1-9]|X)$/.test(urusan)) problems.push(`segment 1 (urusan) must be a single digit 1–9 or 'X', got '${urusan}'`);
  if (urusan === 'X' && bidang !== 'XX') problems.push(`segment 2 (bidang) must be 'XX' when urusan is 'X', got '${bidang}'`);
  else if (urusan !== 'X' && bidang === 'XX') problems.push(`segment 2 (bidang) 'XX' is only valid with urusan 'X', got urusan '${urusan}'`);
  else if (bidang !== 'XX') problems.push(...twoDigits(2, 'bidang', bidang));
  problems.push(...twoDigits(3, 'program', program));
  if (level !== undefined && !/^[1-8]$/.test(level)) problems.push(`segment 4 (level) must be a single digit 1–8, got '${level}'`);
  if (kegiatan !== undefined) problems.push(...twoDigits(5, 'kegiatan', kegiatan));
  if (sub !== undefined && !/^([0-9]{4}|[0-9]{2})$/.test(sub)) {
    problems.push(`segment 6 (sub kegiatan) must be four digits (or two in the 050-3708/2020 format), got '${sub}'`);
  } else if (sub !== undefined && /^0+$/.test(sub)) {
    problems.push(`segment 6 (sub kegiatan) must not be zero, got '${sub}'`);
  }
  return problems;
}

function twoDigits(position: number, name: string, value: string): string[] {
  if (!/^[0-9]{2}$/.test(value)) return [`segment ${position} (${name}) must be two digits 01–99, got '${value}'`];
  if (value === '00') return [`segment ${position} (${name}) must be 01–99, got '00'`];
  return [];
}

function fail(input: unknown, problems: string[]): { ok: false; error: NomenclatureCodeMalformedError } {
  return { ok: false, error: new NomenclatureCodeMalformedError(input, problems) };
}
