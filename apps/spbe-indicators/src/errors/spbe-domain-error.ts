import {
  SpbeErrorCode,
  SpbeFrameworkMalformedError,
  SpbeFrameworkWeightsInvalidError,
  SpbeIndicatorUnknownError,
  SpbeLevelOutOfRangeError,
} from '@selaras/domain-spbe';
import { DomainError, InvalidInputError } from '@selaras/service-kit';

type SpbeLibError = SpbeFrameworkMalformedError | SpbeFrameworkWeightsInvalidError | SpbeIndicatorUnknownError | SpbeLevelOutOfRangeError;

function isSpbeLibError(error: unknown): error is SpbeLibError {
  return (
    error instanceof SpbeFrameworkMalformedError ||
    error instanceof SpbeFrameworkWeightsInvalidError ||
    error instanceof SpbeIndicatorUnknownError ||
    error instanceof SpbeLevelOutOfRangeError
  );
}

/** The request field each error of the SPBE lib is about, for the problem's `violations`. */
function fieldOf(code: SpbeErrorCode): string {
  switch (code) {
    case 'SPBE_FRAMEWORK_MALFORMED':
    case 'SPBE_FRAMEWORK_WEIGHTS_INVALID':
      return 'framework';
    case 'SPBE_INDICATOR_UNKNOWN':
      return 'indicator';
    case 'SPBE_LEVEL_OUT_OF_RANGE':
      return 'level';
    default: {
      const unreachable: never = code;
      throw new Error(`unmapped SPBE error code ${unreachable}`);
    }
  }
}

/**
 * The pure lib throws its own errors (it knows nothing of HTTP); here they become domain
 * errors with the same stable code, so the problem filter answers 400 with every problem
 * listed. Anything else is returned unchanged for the caller to rethrow.
 */
export function asDomainError(error: unknown): unknown {
  if (error instanceof DomainError || !isSpbeLibError(error)) return error;
  const field = fieldOf(error.code);
  return new InvalidInputError(error.code, error.message, error.problems.map((reason) => ({ field, reason })));
}
