/**
 * PostgreSQL SQLSTATE classes and node error codes that mean "try again later": the
 * database is restarting, unreachable, overloaded, or a transaction lost a race. Anything
 * else raised while applying an event is treated as a property of the event.
 */
const TRANSIENT_SQLSTATE_PREFIXES = ['08', '53', '57P', '58'];
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03']);
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
const TRANSIENT_MESSAGES = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /Client has encountered a connection error/i, /not queryable/i, /Connection is not established/i, /the database system is (starting up|shutting down)/i];

export function isTransientError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; retriable?: unknown };
  if (e.retriable === true) return true;
  const code = typeof e.code === 'string' ? e.code : '';
  if (TRANSIENT_NODE_CODES.has(code) || TRANSIENT_SQLSTATES.has(code)) return true;
  if (/^[0-9A-Z]{5}$/.test(code) && TRANSIENT_SQLSTATE_PREFIXES.some((p) => code.startsWith(p))) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (TRANSIENT_MESSAGES.some((re) => re.test(message))) return true;
  return isTransientError(e.driverError) || isTransientError(e.cause);
}

/** Thrown by a handler for an event that can never be applied: it goes to the dead-letter topic. */
export class PermanentEventError extends Error {
  override readonly name = 'PermanentEventError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
