import { GovernmentLevel } from './government-level';

/** Digit `L` of `U.BB.PP.L.KK.SSSS`. */
export type LevelDigit = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export type SpecialRegimeId = 'papua' | 'papua_barat' | 'diy' | 'dki_jakarta' | 'aceh' | 'bali';

/** A level digit 3–8: sub kegiatan reserved for the governments of a region with a special status. */
export interface SpecialRegime {
  readonly digit: LevelDigit;
  readonly id: SpecialRegimeId;
  readonly name: string;
  /** Province codes (kode wilayah) whose governments may use the digit. */
  readonly provinces: readonly string[];
  /** Government levels that carry sub kegiatan with this digit in the 2027 list. */
  readonly levels: readonly GovernmentLevel[];
}

/**
 * Digits 1 and 2 are the general rule (Permendagri 90/2019): 1 provinsi, 2 kabupaten/kota.
 * The meaning of 3–8 is inferred from the kegiatan names of the 2027 SIPD list (MRP/OAP,
 * Kasultanan, Dayah and Wali Nanggroe, Desa Adat…), not read in the decree; the Papua
 * digits are taken to cover the provinces split off in 2022 (Papua Selatan, Tengah and
 * Pegunungan from Papua; Papua Barat Daya from Papua Barat). `levels` is what the 2027
 * list actually contains (6 and 8 occur only for PROV).
 */
export const SPECIAL_REGIMES: readonly SpecialRegime[] = [
  { digit: 3, id: 'papua', name: 'Otonomi Khusus Papua', provinces: ['91', '93', '94', '95'], levels: ['PROV', 'KABKOT'] },
  { digit: 4, id: 'papua_barat', name: 'Otonomi Khusus Papua Barat', provinces: ['92', '96'], levels: ['PROV', 'KABKOT'] },
  { digit: 5, id: 'diy', name: 'Keistimewaan Daerah Istimewa Yogyakarta', provinces: ['34'], levels: ['PROV', 'KABKOT'] },
  { digit: 6, id: 'dki_jakarta', name: 'Kekhususan Jakarta', provinces: ['31'], levels: ['PROV'] },
  { digit: 7, id: 'aceh', name: 'Kekhususan Aceh', provinces: ['11'], levels: ['PROV', 'KABKOT'] },
  { digit: 8, id: 'bali', name: 'Desa Adat Bali', provinces: ['51'], levels: ['PROV'] },
];

/** The general government level of digit 1 or 2; null for a special-regime digit. */
export function generalLevelOfDigit(digit: LevelDigit): GovernmentLevel | null {
  return digit === 1 ? 'PROV' : digit === 2 ? 'KABKOT' : null;
}

/** The special regime of digit 3–8; null for 1 and 2. */
export function specialRegimeOfDigit(digit: LevelDigit): SpecialRegime | null {
  return SPECIAL_REGIMES.find((r) => r.digit === digit) ?? null;
}

/** True when a sub kegiatan with this digit may be listed for this government level (the rule the real lists obey). */
export function isDigitAllowedAtLevel(digit: LevelDigit, level: GovernmentLevel): boolean {
  const general = generalLevelOfDigit(digit);
  if (general !== null) return general === level;
  return specialRegimeOfDigit(digit)?.levels.includes(level) ?? false;
}
