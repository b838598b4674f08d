/**
 * Stable error codes for nomenclature codes. Codes travel across process boundaries
 * (problem JSON, inbound rejection records, dead-letter headers); `instanceof` does not.
 */
export type NomenclatureCodeErrorCode = 'NOMENCLATURE_CODE_MALFORMED' | 'NOMENCLATURE_LEVEL_MISMATCH' | 'NOMENCLATURE_SPECIAL_REGIME_NOT_ALLOWED';

/** The code does not have the shape `U.BB.PP.L.KK.SSSS`; `problems` says which segment is wrong and how. */
export class NomenclatureCodeMalformedError extends Error {
  override readonly name = 'NomenclatureCodeMalformedError';
  readonly code = 'NOMENCLATURE_CODE_MALFORMED' satisfies NomenclatureCodeErrorCode;

  constructor(
    /** What the caller passed, unchanged. */
    readonly input: unknown,
    readonly problems: readonly string[],
  ) {
    super(`${describeInput(input)}: ${problems.join('; ')}`);
  }
}

/** A well-formed code of the other government level (a kab/kota using a level-1 code, or the reverse). */
export class NomenclatureLevelMismatchError extends Error {
  override readonly name = 'NomenclatureLevelMismatchError';
  readonly code = 'NOMENCLATURE_LEVEL_MISMATCH' satisfies NomenclatureCodeErrorCode;

  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
  }
}

/** A special-regime code (level digit 3–8) used by a government outside that regime, or without saying which region it is. */
export class NomenclatureSpecialRegimeNotAllowedError extends Error {
  override readonly name = 'NomenclatureSpecialRegimeNotAllowedError';
  readonly code = 'NOMENCLATURE_SPECIAL_REGIME_NOT_ALLOWED' satisfies NomenclatureCodeErrorCode;

  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
  }
}

export type NomenclatureCodeError = NomenclatureCodeMalformedError | NomenclatureLevelMismatchError | NomenclatureSpecialRegimeNotAllowedError;

function describeInput(input: unknown): string {
  return typeof input === 'string' ? `nomenclature code '${input}'` : 'nomenclature code';
}
