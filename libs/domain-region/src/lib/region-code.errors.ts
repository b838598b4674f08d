/**
 * Stable error codes of this lib. Codes survive process boundaries (problem JSON, dead-letter
 * headers); `instanceof` does not, so callers match on these strings.
 */
export type RegionErrorCode = 'REGION_CODE_MALFORMED' | 'REGION_DIRECTORY_INVALID';

/** A kode wilayah that is not `PP` or `PP.KK`; `message` says exactly what is wrong. */
export class RegionCodeMalformedError extends Error {
  override readonly name = 'RegionCodeMalformedError';
  readonly code = 'REGION_CODE_MALFORMED' satisfies RegionErrorCode;

  constructor(
    /** What the caller passed, unchanged. */
    readonly input: unknown,
    message: string,
  ) {
    super(message);
  }
}

/** The region data set itself is broken (bad row, duplicate code, orphan kab/kota). */
export class RegionDirectoryInvalidError extends Error {
  override readonly name = 'RegionDirectoryInvalidError';
  readonly code = 'REGION_DIRECTORY_INVALID' satisfies RegionErrorCode;

  constructor(readonly problems: readonly string[]) {
    super(`region data is invalid: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
  }
}
