import { createHash } from 'node:crypto';

/** The head of a refused message kept for the sender to read; the digest and size describe the rest (issue 23: 64 KB each, without limit, before). */
export const REJECTION_HEAD_CHARS = 4096;

export function rawRecord(text: string): { raw: string; rawSha256: string; rawBytes: number } {
  const bytes = Buffer.from(text);
  return { raw: text.slice(0, REJECTION_HEAD_CHARS), rawSha256: createHash('sha256').update(bytes).digest('hex'), rawBytes: bytes.length };
}

/**
 * Refusals of a message whose sender was not proven: it was not (validly) signed, or it could not
 * be read far enough to check. The region it names is only a claim, so the refusal is not filed
 * under it (issue 23: a token of 82.71 filled 81.72's list); admins read these.
 */
// INBOUND_REGION_MISMATCH: an event of one region inside another's batch; the batch's signer is the
// sender, but the refused event alone does not name it.
const UNPROVEN_CODES = new Set(['INBOUND_SIGNATURE_MISSING', 'INBOUND_KEY_UNKNOWN', 'INBOUND_KEY_NOT_APPROVED', 'INBOUND_SIGNATURE_INVALID', 'INBOUND_REGION_MISMATCH']);

export function senderUnproven(code: string): boolean {
  return UNPROVEN_CODES.has(code) || code.startsWith('EVENT_') || code.startsWith('OWNER_');
}

/**
 * A sender's refusals recorded a minute: past it, a sender filling the table with refused events
 * is told to slow down (HTTP 429) or, on the topic, its refusals are dead-lettered but no longer
 * recorded until the minute is over. Per instance, in memory.
 */
export class SenderBudget {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {}

  /** Takes one from the sender's budget; false when it is spent. */
  take(sender: string): boolean {
    const now = this.now();
    let window = this.windows.get(sender);
    if (!window || now - window.start >= 60_000) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(sender, (window = { start: now, count: 0 }));
    }
    window.count++;
    return window.count <= this.perMinute;
  }

  /** Seconds until the sender's minute is over. */
  retryAfter(sender: string): number {
    const window = this.windows.get(sender);
    return window ? Math.max(1, Math.ceil((window.start + 60_000 - this.now()) / 1000)) : 1;
  }
}
