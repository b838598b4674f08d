/**
 * How the SDK keeps a change it could not deliver: a province restarting, a proxy answering 502,
 * a rate limit — none of these says anything about the change, so it is sent again, with growing
 * pauses, until the province accepts or refuses it for a reason (a 4xx problem). A regency system
 * built on the SDK must not stop publishing at the province's first restart.
 */
export interface DeliveryRetryOptions {
  /** Give up after this long without an answer (default: never; a refusal for a reason ends it at once). */
  maxElapsedMs?: number;
  /** The first pause; each next one doubles up to `maxDelayMs` (defaults 250 ms and 15 s). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Told about each failed attempt before the pause, e.g. to log "province unreachable, retrying". */
  onRetry?: (failure: DeliveryFailure) => void;
}

export interface DeliveryFailure {
  attempt: number;
  /** What failed: `ECONNREFUSED`, `HTTP_503`, `BROKER_UNAVAILABLE` … */
  reason: string;
  delayMs: number;
}

/** A failure worth sending again: the answer (or its absence) says nothing about the change. */
export class TransientDeliveryError extends Error {
  override readonly name = 'TransientDeliveryError';
  constructor(readonly reason: string, message: string, readonly retryAfterMs?: number) {
    super(message);
  }
}

/** HTTP statuses of a province that is restarting, overloaded or behind a failing proxy. */
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status);
}

/** Network errors of `fetch` (undici puts the system error in `cause`) that mean "not reachable now". */
const TRANSIENT_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** The code of a network failure worth retrying, or undefined for anything else. */
export function transientNetworkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && TRANSIENT_NETWORK_CODES.has(code)) return code;
  }
  return undefined;
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The pause before attempt `attempt + 1`: doubling, capped, with jitter so many systems do not return at once; at least what the province asked for. */
export function pauseBefore(attempt: number, options: DeliveryRetryOptions, askedMs?: number, random: () => number = Math.random): number {
  const initial = options.initialDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 15000;
  const ceiling = Math.min(cap, initial * 2 ** Math.min(attempt, 16));
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return Math.max(jittered, askedMs ?? 0);
}

/**
 * Runs `send` until it succeeds or fails for a reason that is not transient; transient failures
 * (a `TransientDeliveryError`, or a network error of `fetch`) are retried after a pause.
 */
export async function deliverWithRetry<T>(send: () => Promise<T>, options: DeliveryRetryOptions = {}, clock: { now: () => number; sleep: (ms: number) => Promise<void> } = realClock): Promise<T> {
  const started = clock.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const reason = error instanceof TransientDeliveryError ? error.reason : transientNetworkCode(error);
      if (!reason) throw error;
      const delayMs = pauseBefore(attempt, options, error instanceof TransientDeliveryError ? error.retryAfterMs : undefined);
      if (options.maxElapsedMs !== undefined && clock.now() + delayMs - started > options.maxElapsedMs) throw error;
      options.onRetry?.({ attempt: attempt + 1, reason, delayMs });
      await clock.sleep(delayMs);
    }
  }
}

const realClock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };
