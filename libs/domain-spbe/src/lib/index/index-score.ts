/** An index on the maturity scale, exact and as published. */
export interface IndexScore {
  /** The exact weighted mean as a float; for ordering and charts, never printed. */
  readonly value: number;
  /** The published value in hundredths, rounded half up from the exact fraction: 303 for 3.03. */
  readonly hundredths: number;
  /** `hundredths / 100`: 3.03. */
  readonly rounded: number;
  /** Two decimals, always: `3.00`, `3.03`. */
  readonly text: string;
}

/**
 * The score `numerator / denominator` (both whole weight units, so exact) rounded half up to
 * two decimals in integer arithmetic: 10050 / 10000 gives 1.01, where `(1.005).toFixed(2)` gives 1.00.
 */
export function indexScore(numerator: number, denominator: number): IndexScore {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0 || numerator < 0) {
    throw new RangeError(`index needs whole, non-negative units, got ${numerator}/${denominator}`);
  }
  // round(100·n/d) half up = floor((200·n + d) / (2·d)), all in integers
  const hundredths = Math.floor((200 * numerator + denominator) / (2 * denominator));
  return { value: numerator / denominator, hundredths, rounded: hundredths / 100, text: formatHundredths(hundredths) };
}

/** 303 → `3.03`. */
export function formatHundredths(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}
