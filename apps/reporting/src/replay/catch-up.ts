import { partitionKey, Positions } from '../read-models/positions';

export interface Watermark {
  topic: string;
  partition: number;
  low: bigint;
  high: bigint;
}

/**
 * Messages a group still has to apply before it has seen everything up to `marks`. A partition
 * counts from its low watermark (older messages are gone), and from the group's position when it
 * is further on. Zero means caught up.
 */
export function lagBehind(marks: readonly Watermark[], topics: readonly string[], position: Positions): bigint {
  let lag = 0n;
  for (const mark of marks) {
    if (!topics.includes(mark.topic)) continue;
    const seen = position.get(partitionKey(mark.topic, mark.partition)) ?? 0n;
    const from = seen > mark.low ? seen : mark.low;
    if (mark.high > from) lag += mark.high - from;
  }
  return lag;
}

/** The further of two positions per partition (recorded by the projections, committed in Kafka). */
export function furthest(a: Positions, b: Positions): Positions {
  const merged = new Map(a);
  for (const [key, offset] of b) if ((merged.get(key) ?? -1n) < offset) merged.set(key, offset);
  return merged;
}
