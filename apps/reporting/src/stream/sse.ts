/** One server-sent event: `id` lets a reconnecting client resume with `Last-Event-ID`. */
export function sseEvent(id: string, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by EventSource, keeps proxies and load balancers from closing an idle stream. */
export function sseComment(text: string): string {
  return `: ${text.replace(/\n/g, ' ')}\n\n`;
}

/** `Last-Event-ID` as a change id; anything else means "only live changes". */
export function parseLastEventId(value: unknown): bigint | null {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' && /^\d{1,18}$/.test(text.trim()) ? BigInt(text.trim()) : null;
}
