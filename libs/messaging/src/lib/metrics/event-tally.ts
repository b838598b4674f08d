import { Counter } from 'prom-client';
import { isKnownEventType } from '@selaras/contracts';

/**
 * Counts a batch's events per label set and increments each counter once per set, not once per
 * event: a labelled `inc` hashes its labels, and a replay applies tens of thousands of events a
 * second (bench/README.md, "the cost of the issue-28 metrics").
 */
export function countByTopicAndType(counter: Counter<'group' | 'topic' | 'type'>, group: string, events: readonly { topic: string; event: { type: string } }[]): void {
  if (events.length === 0) return;
  // Nested maps rather than a joined key: no string is built per event.
  const byTopic = new Map<string, Map<string, number>>();
  for (const e of events) {
    let byType = byTopic.get(e.topic);
    if (!byType) byTopic.set(e.topic, (byType = new Map()));
    byType.set(e.event.type, (byType.get(e.event.type) ?? 0) + 1);
  }
  for (const [topic, byType] of byTopic) for (const [type, n] of byType) counter.inc({ group, topic, type: eventTypeLabel(type) }, n);
}

/** Dead letters by origin topic and error code (the code lists are stable and short). */
export function countByTopicAndCode(counter: Counter<'group' | 'topic' | 'code'>, group: string, letters: readonly { topic: string; code: string }[]): void {
  if (letters.length === 0) return;
  const counts = new Map<string, number>();
  for (const l of letters) {
    const key = `${l.topic}\u0000${l.code}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) {
    const [topic, code] = key.split('\u0000');
    counter.inc({ group, topic, code: errorCodeLabel(code) }, n);
  }
}

/** A type of the contract registry, else `unknown`: a sender chooses the type it writes. */
export function eventTypeLabel(type: string): string {
  return isKnownEventType(type) ? type : 'unknown';
}

/** Codes are SCREAMING_SNAKE words from the code; anything else (or absurdly long) is `unknown`. */
export function errorCodeLabel(code: string): string {
  return /^[A-Z][A-Z0-9_]{1,63}$/.test(code) ? code : 'unknown';
}
