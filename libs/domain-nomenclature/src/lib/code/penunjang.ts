import { parseAnyCode } from './nomenclature-code';

/**
 * The bidang urusan of Permendagri 90/2019 and its Kepmendagri updates: every `U.BB` of the
 * active records of the 2027 SIPD list and the 050-3708/2020 list (the same 49). A penunjang
 * code is valid under these and no other (`9.99.01…` is not a bidang).
 */
export const BIDANG_URUSAN: readonly string[] = [
  '1.01', '1.02', '1.03', '1.04', '1.05', '1.06',
  '2.07', '2.08', '2.09', '2.10', '2.11', '2.12', '2.13', '2.14', '2.15', '2.16', '2.17', '2.18', '2.19', '2.20', '2.21', '2.22', '2.23', '2.24',
  '3.25', '3.26', '3.27', '3.28', '3.29', '3.30', '3.31', '3.32',
  '4.01', '4.02',
  '5.01', '5.02', '5.03', '5.04', '5.05', '5.06', '5.07',
  '6.01', '7.01', '7.02', '7.03', '8.01',
  '9.01', '9.02', '9.03',
];

const BIDANG = new Set(BIDANG_URUSAN);

export function isBidangUrusan(bidang: string): boolean {
  return BIDANG.has(bidang);
}

/** The template prefix the catalog lists program penunjang under. */
export const PENUNJANG_TEMPLATE_BIDANG = 'X.XX';

/** A program penunjang code written under a real bidang, as SIPD renders it and real data carries it. */
export interface PenunjangUse {
  /** `2.16`. */
  readonly bidang: string;
  /** The catalog's form: `2.16.01.2.01.0001` → `X.XX.01.2.01.0001`. */
  readonly template: string;
}

/**
 * `U.BB.01.…` of a real bidang stands for the catalog's `X.XX.01.…` (program penunjang,
 * listed once, rendered by SIPD under every bidang: SOURCE.md "Caveats for implementers").
 * Null for any other code, for the `X.XX` form itself, and for a code that is not
 * well-formed. Callers look the exact code up first: the 050-3708/2020 list has a program `01`
 * of its own for 4.01 and 4.02 (Sekretariat Daerah, DPRD).
 */
export function penunjangUseOf(code: string): PenunjangUse | null {
  const parsed = parseAnyCode(code);
  if (!parsed.ok || parsed.value.penunjang || !parsed.value.program.endsWith('.01') || !BIDANG.has(parsed.value.bidang)) return null;
  return { bidang: parsed.value.bidang, template: `${PENUNJANG_TEMPLATE_BIDANG}${code.trim().slice(parsed.value.bidang.length)}` };
}

/** True for the catalog's `X.XX` template form, which no SIPD export carries. */
export function isPenunjangTemplate(code: string): boolean {
  return code.trim().startsWith(`${PENUNJANG_TEMPLATE_BIDANG}.`);
}

/** Is the sub kegiatan's program the program penunjang (`01`), in either form? */
export function isPenunjangCode(code: string): boolean {
  return isPenunjangTemplate(code) || penunjangUseOf(code) !== null;
}

/**
 * The bidang an OPD serves, read from its SIPD code `U1.BB1.U2.BB2.U3.BB3.UU.SSSS`
 * (`2.16.2.20.2.21.01.0000`: Kominfo also serving Statistik 2.20 and Persandian 2.21; a zero
 * pair means none). Empty when the code does not have that shape: such an OPD cannot be checked.
 */
export function opdBidangOf(opdCode: string): string[] {
  const parts = opdCode.trim().split('.');
  if (parts.length < 2) return [];
  const bidang: string[] = [];
  for (let i = 0; i + 1 < Math.min(parts.length, 6); i += 2) {
    const candidate = `${parts[i]}.${parts[i + 1]}`;
    if (BIDANG.has(candidate) && !bidang.includes(candidate)) bidang.push(candidate);
  }
  return bidang;
}

/** Why an usulan's penunjang code does not fit, with a stable code; null when it fits. */
export interface PenunjangUsageProblem {
  readonly code: 'SUB_KEGIATAN_PENUNJANG_TEMPLATE' | 'SUB_KEGIATAN_PENUNJANG_BIDANG';
  readonly reason: string;
}

/**
 * The rules for program penunjang in an usulan (README "Program penunjang"): it carries the
 * OPD's own bidang, never the catalog's `X.XX` (no SIPD export has it, and it could not be
 * put under a bidang), and that bidang is one the OPD's code names (`2.16.0.00.0.00.01.0000`
 * may use `2.16.01…`, not `1.02.01…`: penunjang is the OPD's own running cost). An OPD code
 * without bidang pairs is not checked.
 */
export function penunjangUsageProblem(subKegiatan: string, opdCode: string): PenunjangUsageProblem | null {
  const opdBidang = opdBidangOf(opdCode);
  if (isPenunjangTemplate(subKegiatan)) {
    const example = `${opdBidang[0] ?? '2.16'}${subKegiatan.trim().slice(PENUNJANG_TEMPLATE_BIDANG.length)}`;
    return { code: 'SUB_KEGIATAN_PENUNJANG_TEMPLATE', reason: `${subKegiatan} is the catalog's template of the program penunjang; write it under the OPD's bidang, e.g. ${example}` };
  }
  const use = penunjangUseOf(subKegiatan);
  if (!use || opdBidang.length === 0 || opdBidang.includes(use.bidang)) return null;
  return {
    code: 'SUB_KEGIATAN_PENUNJANG_BIDANG',
    reason: `${subKegiatan} is program penunjang of bidang ${use.bidang}, but OPD ${opdCode} serves ${opdBidang.join(', ')}; use ${opdBidang[0]}${subKegiatan.trim().slice(use.bidang.length)}`,
  };
}
