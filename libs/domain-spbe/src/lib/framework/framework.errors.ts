/**
 * Stable error codes of this lib. Codes travel across process boundaries (problem JSON,
 * event headers); `instanceof` does not.
 */
export type SpbeErrorCode = 'SPBE_FRAMEWORK_MALFORMED' | 'SPBE_FRAMEWORK_WEIGHTS_INVALID' | 'SPBE_INDICATOR_UNKNOWN' | 'SPBE_LEVEL_OUT_OF_RANGE';

abstract class SpbeError extends Error {
  abstract readonly code: SpbeErrorCode;

  constructor(
    lead: string,
    /** Every problem found, each a readable sentence. */
    readonly problems: readonly string[],
  ) {
    super(`${lead}: ${problems.join('; ')}`);
  }
}

/** The framework's structure is unusable: missing names, duplicate numbers, levels or predikat out of order. */
export class SpbeFrameworkMalformedError extends SpbeError {
  override readonly name = 'SpbeFrameworkMalformedError';
  readonly code = 'SPBE_FRAMEWORK_MALFORMED' satisfies SpbeErrorCode;

  constructor(problems: readonly string[]) {
    super('SPBE framework is malformed', problems);
  }
}

/** Indicator weights do not sum to 100 %, or an aspect's or domain's weight is not the sum of its indicators'. */
export class SpbeFrameworkWeightsInvalidError extends SpbeError {
  override readonly name = 'SpbeFrameworkWeightsInvalidError';
  readonly code = 'SPBE_FRAMEWORK_WEIGHTS_INVALID' satisfies SpbeErrorCode;

  constructor(problems: readonly string[]) {
    super('SPBE framework weights are invalid', problems);
  }
}

/** A level was given for an indicator number the framework does not have. */
export class SpbeIndicatorUnknownError extends SpbeError {
  override readonly name = 'SpbeIndicatorUnknownError';
  readonly code = 'SPBE_INDICATOR_UNKNOWN' satisfies SpbeErrorCode;

  constructor(
    readonly indicators: readonly number[],
    frameworkId: string,
  ) {
    super(`framework ${frameworkId} has no indicator`, indicators.map(String));
  }
}

/** A level that is not a whole number within the framework's levels (1–5). */
export class SpbeLevelOutOfRangeError extends SpbeError {
  override readonly name = 'SpbeLevelOutOfRangeError';
  readonly code = 'SPBE_LEVEL_OUT_OF_RANGE' satisfies SpbeErrorCode;

  constructor(problems: readonly string[]) {
    super('maturity level out of range', problems);
  }
}
