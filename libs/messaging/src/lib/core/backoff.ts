/**
 * Exponential backoff with equal jitter, capped: between half and all of 100 ms, 200 ms, 400 ms …
 * at most `maxMs`. Half is always waited, so many consumers failing together never retry at once
 * and never at zero delay.
 */
export function backoffDelay(attempt: number, baseMs = 100, maxMs = 5000, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
