import { Admin } from 'kafkajs';
import { TOPICS } from '@selaras/contracts';
import { ensureOwnerKeyDir, OwnerSigner } from '@selaras/messaging';
import { callApi } from '../../stack/api-client';
import { runBaselineReplay } from '../baseline/baseline-process';
import { BenchContext } from '../bench-context';
import { benchOwnerKeysDir } from '../stack/bench-env';
import { connectProducer, produceAll } from '../generate/produce';
import { replayEventBatches } from '../generate/replay-events';
import { DESIGN_TARGETS } from '../report/design-targets';
import { Figure } from '../report/figure';

/** Every topic reporting's projections read (apps/reporting/src/read-models/projection-specs.ts). */
const PROJECTED_TOPICS = [TOPICS.proposalsEvents, TOPICS.proposalsPriorities, TOPICS.nomenclatureEntries, TOPICS.nomenclatureEvents, TOPICS.spbeEvents].map((t) => t.name);
const LIVE_PROPOSAL_GROUP = 'reporting.proposal-projection.g1';

interface ReplayStatus {
  state: 'idle' | 'building' | 'switching' | 'done' | 'failed';
  startedAt?: string;
  caughtUpAt?: string;
  lag?: number;
  error?: string;
}

/**
 * Replay: N realistic `proposals.proposal.*.v1` events are produced onto `proposals.events`
 * (as proposals would have published them), the running reporting service is let catch up, then
 * `POST /v1/admin/replay` rebuilds every read model into a new generation. Throughput is the
 * messages on the projected topics divided by the replay's own start → caught-up time. The
 * baseline replays the same topic into its copy of the view.
 */
export async function replayFigure(ctx: BenchContext): Promise<Figure> {
  const n = ctx.sizes.replayEvents;
  await produceReplayEvents(ctx, n);
  const admin = ctx.kafka.admin();
  await admin.connect();
  try {
    await waitForLiveGeneration(ctx, admin);
    const messages = await messagesOn(admin, PROJECTED_TOPICS);
    const seconds = await runReplay(ctx, messages);
    const baseline = await runBaselineReplay(ctx.stack, TOPICS.proposalsEvents.name, (process) => ctx.useBaseline(process));
    return {
      id: 'replay', label: 'Replay throughput of the read models', unit: 'events/s',
      selaras: messages / seconds, baseline: baseline.replayed / baseline.seconds, better: 'higher',
      target: DESIGN_TARGETS.replay(n),
      note: `${messages} messages on reporting's topics (${n} generated proposal events) rebuilt in ${seconds.toFixed(1)} s; baseline: ${baseline.replayed} messages of proposals.events in ${baseline.seconds.toFixed(1)} s`,
    };
  } finally {
    await admin.disconnect();
  }
}

async function produceReplayEvents(ctx: BenchContext, n: number): Promise<void> {
  const producer = await connectProducer(ctx.kafka);
  const bar = ctx.progress('producing proposal events', n, 'events');
  let sent = 0;
  try {
    // Signed as proposals signs what it publishes (issue 23): the replay then pays reporting's
    // signature checks as a real one does.
    const signer = new OwnerSigner('proposals', ensureOwnerKeyDir(benchOwnerKeysDir(ctx.stack.config)).proposals);
    const topic = TOPICS.proposalsEvents.name;
    const signed = mapBatches(replayEventBatches(n, 2000, ctx.catalog), (m) => ({ ...m, headers: { ...m.headers, ...signer.headersFor(topic, m.key, m.value) } }));
    await produceAll(producer, topic, signed, (count) => bar.update((sent += count)));
  } finally {
    bar.stop();
    await producer.disconnect();
  }
}

async function messagesOn(admin: Admin, topics: readonly string[]): Promise<number> {
  let total = 0;
  for (const topic of topics) for (const p of await admin.fetchTopicOffsets(topic)) total += Number(p.high) - Number(p.low);
  return total;
}

/** The live generation first applies what was just produced; only then is a replay a replay alone. */
async function waitForLiveGeneration(ctx: BenchContext, admin: Admin): Promise<void> {
  const topic = TOPICS.proposalsEvents.name;
  const total = await messagesOn(admin, [topic]);
  const bar = ctx.progress('reporting catching up', total, 'events');
  try {
    for (;;) {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId: LIVE_PROPOSAL_GROUP, topics: [topic] });
      const lag = ends.reduce((sum, end) => sum + Number(end.high) - Math.max(Number(committed.partitions.find((p) => p.partition === end.partition)?.offset ?? -1), Number(end.low)), 0);
      bar.update(total - lag);
      if (lag === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    bar.stop();
  }
}

async function runReplay(ctx: BenchContext, messages: number): Promise<number> {
  const url = ctx.stack.url('reporting');
  const token = await ctx.stack.token('00', 'admin');
  await callApi(url, 'POST', '/v1/admin/replay', token);
  const bar = ctx.progress('replay', messages, 'events');
  try {
    for (;;) {
      const { replay } = await callApi<{ replay: ReplayStatus }>(url, 'GET', '/v1/admin/replay', token);
      if (replay.lag !== undefined) bar.update(messages - replay.lag);
      if (replay.state === 'failed') throw new Error(`the replay failed: ${replay.error}`);
      if (replay.caughtUpAt && replay.startedAt) {
        bar.update(messages);
        await waitUntilDone(url, token);
        return (Date.parse(replay.caughtUpAt) - Date.parse(replay.startedAt)) / 1000;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    bar.stop();
  }
}

/** The switch follows the catch-up; the next figure must not run beside a half-finished replay. */
async function waitUntilDone(url: string, token: string): Promise<void> {
  for (;;) {
    const { replay } = await callApi<{ replay: ReplayStatus }>(url, 'GET', '/v1/admin/replay', token);
    if (replay.state === 'done') return;
    if (replay.state === 'failed') throw new Error(`the replay failed: ${replay.error}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function* mapBatches<T, U>(batches: Iterable<T[]>, map: (item: T) => U): Generator<U[]> {
  for (const batch of batches) yield batch.map(map);
}
