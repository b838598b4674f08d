/**
 * Per-event CPU cost of the issue-28 metrics on the consumer path, measured alone (not a full
 * `npm run bench`): what EventConsumer adds per chunk of events — the consumed, applied and
 * duplicate tallies and the batch and transaction timers — and the proposals-side counters per
 * accepted batch. Run: node -r @swc-node/register bench/micro/metrics-overhead.ts
 */
import { countByTopicAndType, consumerBatchDuration, consumerEventsApplied, consumerEventsConsumed, consumerEventsDuplicate, consumerTransactionDuration, messagingMetricsRegistry } from '@selaras/messaging';

const TYPES = ['proposals.proposal.submitted.v1', 'proposals.proposal.revised.v1'];
const CHUNK = Number(process.env.CHUNK ?? 500);
const ROUNDS = Number(process.env.ROUNDS ?? 4000);
const events = Array.from({ length: CHUNK }, (_, i) => ({ topic: 'proposals.events', event: { type: TYPES[i % TYPES.length], id: `e${i}` } }));

function chunkOverhead(): void {
  const endBatch = consumerBatchDuration.startTimer({ group: 'bench.g1' });
  countByTopicAndType(consumerEventsConsumed, 'bench.g1', events);
  const endTx = consumerTransactionDuration.startTimer({ group: 'bench.g1' });
  endTx({ result: 'committed' });
  countByTopicAndType(consumerEventsApplied, 'bench.g1', events);
  countByTopicAndType(consumerEventsDuplicate, 'bench.g1', []);
  endBatch();
}

function measure(label: string, fn: () => void, perRound: number): number {
  for (let i = 0; i < 200; i++) fn(); // warm-up: JIT and label hashes
  const start = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i++) fn();
  const wallNs = Number(process.hrtime.bigint() - t0);
  const cpu = process.cpuUsage(start);
  const cpuNsPerEvent = ((cpu.user + cpu.system) * 1000) / (ROUNDS * perRound);
  console.log(`${label}: ${(wallNs / (ROUNDS * perRound)).toFixed(1)} ns wall, ${cpuNsPerEvent.toFixed(1)} ns CPU per event (chunks of ${perRound})`);
  return cpuNsPerEvent;
}

async function main(): Promise<void> {
  measure('consumer metrics, 500-event chunks', chunkOverhead, CHUNK);
  const small = events.slice(0, 10);
  measure('consumer metrics, 10-event chunks', () => {
    const end = consumerBatchDuration.startTimer({ group: 'bench.g1' });
    countByTopicAndType(consumerEventsConsumed, 'bench.g1', small);
    countByTopicAndType(consumerEventsApplied, 'bench.g1', small);
    end();
  }, 10);
  const t0 = process.hrtime.bigint();
  const text = await messagingMetricsRegistry.metrics();
  console.log(`one scrape of the messaging registry (no broker/database sources): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(2)} ms, ${text.length} bytes`);
}

void main();
