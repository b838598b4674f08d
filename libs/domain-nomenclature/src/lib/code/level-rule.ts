import { Result } from '../result';
import { describeGovernmentLevel, LevelLike, toGovernmentLevel } from './government-level';
import { LevelDigit, SpecialRegime } from './level-digit';
import { NomenclatureCodeError, NomenclatureLevelMismatchError, NomenclatureSpecialRegimeNotAllowedError } from './nomenclature-code.errors';
import { parseAnyCode } from './nomenclature-code';

export interface LevelRuleOk {
  /** Null for a program code: programs exist at every level. */
  readonly levelDigit: LevelDigit | null;
  /** Set when the code is a special-regime code the region is entitled to. */
  readonly specialRegime: SpecialRegime | null;
}

export interface LevelRuleOptions {
  /**
   * Kode wilayah of the government using the code (`11.01`, `34`). Needed only for
   * special-regime codes (level digit 3–8): without it they are refused.
   */
  readonly region?: string;
}

const REGION_CODE = /^([0-9]{2})(\.[0-9]{2})?$/;

/**
 * May a government of `level` use this code (sub kegiatan, kegiatan, or program — programs fit every level)? A kabupaten/kota may
 * only use level-2 codes and a province level-1 codes. Special-regime codes (3–8, e.g. 7 for
 * Aceh) are allowed only when `options.region` lies in that regime's provinces and the
 * regime has codes at that level. Never throws: a malformed code comes back as
 * `NOMENCLATURE_CODE_MALFORMED`.
 */
export function levelRule(level: LevelLike, code: string, options: LevelRuleOptions = {}): Result<LevelRuleOk, NomenclatureCodeError> {
  const parsed = parseAnyCode(code);
  if (!parsed.ok) return parsed;
  if (!('levelDigit' in parsed.value)) {
    return { ok: true, value: { levelDigit: null, specialRegime: null } };
  }
  const { levelDigit, governmentLevel, specialRegime } = parsed.value;
  const wanted = toGovernmentLevel(level);
  const who = describeGovernmentLevel(wanted);
  const ownDigit = wanted === 'PROV' ? 1 : 2;

  if (governmentLevel !== null) {
    if (governmentLevel === wanted) return { ok: true, value: { levelDigit, specialRegime: null } };
    return mismatch(
      new NomenclatureLevelMismatchError(
        code,
        `a ${who} may only use level-${ownDigit} codes; '${code}' has level digit ${levelDigit} (${describeGovernmentLevel(governmentLevel)})`,
      ),
    );
  }

  const regime = specialRegime as SpecialRegime;
  const regimeText = `level digit ${levelDigit} (${regime.name}, provinces ${regime.provinces.join(', ')})`;
  if (!regime.levels.includes(wanted)) {
    return mismatch(new NomenclatureLevelMismatchError(code, `'${code}' has ${regimeText}, which has no ${who} codes; a ${who} uses level-${ownDigit} codes`));
  }
  const region = options.region;
  if (region === undefined) {
    return mismatch(new NomenclatureSpecialRegimeNotAllowedError(code, `'${code}' has ${regimeText}; give the region to check that it is entitled to it`));
  }
  const province = REGION_CODE.exec(region)?.[1];
  if (province === undefined || !regime.provinces.includes(province)) {
    return mismatch(new NomenclatureSpecialRegimeNotAllowedError(code, `'${code}' has ${regimeText}; region '${region}' is not in that regime`));
  }
  return { ok: true, value: { levelDigit, specialRegime: regime } };
}

function mismatch(error: NomenclatureCodeError): { ok: false; error: NomenclatureCodeError } {
  return { ok: false, error };
}
