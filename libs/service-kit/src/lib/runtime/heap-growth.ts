import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full collection before it
 * starts the next one, in percent (V8's `--heap-growing-percent`).
 *
 * Why the services set it: with the deployed `--max-old-space-size=192`, V8 counts the heap as
 * small and lets it grow only ~1.3× between full collections. A service in a burst keeps ~47 MB
 * live (what a group transaction holds is promoted before it commits), so every ~15 MB of
 * promotion cost a full mark of those 47 MB: 54 mark-compacts in proposals for one 40,000-usulan
 * burst, 26 in reporting. At 50 % (1.5×) proposals' CPU per usulan went 510 → ~418 µs and
 * reporting's ~208 → ~189 µs, for ~7 MB more resident memory (bench/README.md, item 30).
 *
 * V8 refuses this flag in NODE_OPTIONS, so the service sets it on itself at start; V8 reads it
 * whenever it sizes the heap after a full collection. 0 leaves V8's own policy.
 */
export const DEFAULT_HEAP_GROWING_PERCENT = 50;
/** Beyond 4× the live heap a full collection would wait past any memory limit the services run under. */
export const MAX_HEAP_GROWING_PERCENT = 400;

export function applyHeapGrowingPercent(percent: number, setFlags: (flags: string) => void = setFlagsFromString): void {
  if (!Number.isInteger(percent) || percent < 0 || percent > MAX_HEAP_GROWING_PERCENT) {
    throw new RangeError(`HEAP_GROWING_PERCENT must be an integer from 0 to ${MAX_HEAP_GROWING_PERCENT} (0 keeps V8's own policy), not ${percent}`);
  }
  if (percent > 0) setFlags(`--heap-growing-percent=${percent}`);
}
