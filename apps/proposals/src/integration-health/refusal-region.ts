import { loadRegionDirectory } from '@selaras/domain-region';

/**
 * The region a refusal counts under (issue 28): the region the event claims, only when it is in
 * the region directory and the sender proved to be that region (`proven`: the region of the key
 * whose signature verified, or a bearer token that covers it). Anything else is `unknown`, so a
 * forged or garbled event cannot make another region look refused, and a metric label or a
 * report row can never be an arbitrary string.
 */
export function refusalRegion(claimed: string | null | undefined, proven: boolean): string {
  if (!proven || typeof claimed !== 'string') return 'unknown';
  return loadRegionDirectory().has(claimed) ? claimed : 'unknown';
}
