import { RegionCodeMalformedError } from './region-code.errors';

/** The two levels of regional government this system knows. */
export type RegionLevel = 'provinsi' | 'kabupaten_kota';

/** A well-formed kode wilayah. Codes are text: `11.10` is not `11.1`. */
export interface RegionCode {
  /** `81` or `81.71`, exactly as written. */
  readonly code: string;
  readonly level: RegionLevel;
  /** The province part, `81` for both `81` and `81.71`. */
  readonly province: string;
}

export type ParseRegionCodeResult =
  | { readonly ok: true; readonly value: RegionCode }
  | { readonly ok: false; readonly error: RegionCodeMalformedError };

const TWO_DIGITS = /^[0-9]{2}$/;
const EXAMPLE = "'81' (provinsi) or '81.71' (kabupaten/kota)";

/**
 * Parses a kode wilayah (Kepmendagri): `PP` for a province, `PP.KK` for a kabupaten/kota.
 * Never throws; a bad code comes back as an error whose message says what is wrong.
 */
export function parseRegionCode(input: unknown): ParseRegionCodeResult {
  const reason = explainMalformed(input);
  if (reason !== null) return { ok: false, error: new RegionCodeMalformedError(input, reason) };
  const code = input as string;
  const [province, kabKota] = code.split('.');
  return {
    ok: true,
    value: { code, level: kabKota === undefined ? 'provinsi' : 'kabupaten_kota', province },
  };
}

/** Like {@link parseRegionCode} but throws {@link RegionCodeMalformedError}. */
export function toRegionCode(input: unknown): RegionCode {
  const result = parseRegionCode(input);
  if (!result.ok) throw result.error;
  return result.value;
}

/** True when `input` is a well-formed kode wilayah (says nothing about whether it exists). */
export function isRegionCode(input: unknown): input is string {
  return explainMalformed(input) === null;
}

/**
 * Exactly the codes `explainMalformed` finds nothing wrong with: province 11–99, kabupaten/kota
 * 01–99. Every consumed event checks its region and locations, nearly always well-formed, so they
 * pass with one test instead of the split and the checks that name what is wrong.
 */
const WELL_FORMED = /^(?:1[1-9]|[2-9][0-9])(?:\.(?:0[1-9]|[1-9][0-9]))?$/;

function explainMalformed(input: unknown): string | null {
  if (typeof input === 'string' && WELL_FORMED.test(input)) return null;
  if (typeof input === 'number') {
    return `region codes are text, never numbers: got the number ${input}; pass a string such as ${EXAMPLE}`;
  }
  if (typeof input !== 'string') return `region code must be a string such as ${EXAMPLE}, got ${describe(input)}`;
  if (input === '') return `region code is empty; expected ${EXAMPLE}`;
  if (input.trim() !== input) return `region code '${input}' has leading or trailing whitespace`;

  const parts = input.split('.');
  if (parts.length > 2) {
    return `region code '${input}' has ${parts.length} segments; only provinsi 'PP' and kabupaten/kota 'PP.KK' are supported (no kecamatan or desa)`;
  }
  const [province, kabKota] = parts;
  if (kabKota === undefined && /^[0-9]{4}$/.test(province)) {
    return `region code '${input}' has no dot: a kabupaten/kota code is written 'PP.KK', e.g. '${province.slice(0, 2)}.${province.slice(2)}'`;
  }
  if (!TWO_DIGITS.test(province)) return `province part of '${input}' must be two digits, got '${province}'`;
  if (province < '11') return `province part of '${input}' must be 11–99, got '${province}'`;
  if (kabKota === undefined) return null;
  if (!TWO_DIGITS.test(kabKota)) return `kabupaten/kota part of '${input}' must be two digits, got '${kabKota}'`;
  if (kabKota === '00') return `kabupaten/kota part of '${input}' must be 01–99, got '00'`;
  return null;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  return Array.isArray(input) ? 'an array' : typeof input;
}
