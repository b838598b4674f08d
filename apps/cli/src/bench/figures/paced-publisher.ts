import { Producer } from 'kafkajs';
import { TopicMessage } from '../generate/replay-events';

/**
 * Publishes messages at a steady rate, a few every 10 ms, and returns each one's scheduled
 * publish time. Latency is measured from the scheduled time, not from when the send happened:
 * if publishing falls behind, the delay counts (no coordinated omission).
 */
export async function publishPaced(producer: Producer, topic: string, messages: readonly TopicMessage[], perSecond: number, stamp?: (message: TopicMessage, t0: number, index: number) => TopicMessage, onTick?: (sent: number) => void): Promise<number[]> {
  const scheduled: number[] = [];
  const started = Date.now();
  let sent = 0;
  while (sent < messages.length) {
    const due = Math.min(messages.length, Math.floor(((Date.now() - started) / 1000) * perSecond) + 1);
    if (due > sent) {
      const batch: TopicMessage[] = [];
      for (let i = sent; i < due; i++) {
        const t0 = started + (i / perSecond) * 1000;
        scheduled[i] = t0;
        batch.push(stamp ? stamp(messages[i], t0, i) : messages[i]);
      }
      await producer.send({ topic, acks: -1, messages: batch });
      sent = due;
      onTick?.(sent);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return scheduled;
}
