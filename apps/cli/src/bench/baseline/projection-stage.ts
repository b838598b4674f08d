import { KafkaMessage } from 'kafkajs';
import { Pool } from 'pg';
import { T0_HEADER } from './baseline-topics';
import { upsertView, ViewRow } from './view-upsert';

/**
 * The projection without the framework: parse the JSON, one upsert per chunk. Returns, for
 * latency probes (messages carrying the publish time), the milliseconds from publish to commit.
 */
export async function applyProjection(pool: Pool, table: string, messages: KafkaMessage[]): Promise<number[]> {
  const rows: ViewRow[] = [];
  const probes: number[] = [];
  for (const message of messages) {
    if (!message.value) continue;
    const event = JSON.parse(message.value.toString()) as { type: string; data: ViewRow['state'] };
    rows.push({ state: event.data, type: event.type });
    const t0 = message.headers?.[T0_HEADER]?.toString();
    if (t0) probes.push(Number(t0));
  }
  await upsertView(pool, table, rows);
  const committed = Date.now();
  return probes.map((t0) => committed - t0);
}
