import { TOPICS } from '@selaras/contracts';
import { loadRegionDirectory } from '@selaras/domain-region';
import { ProposalGenerator } from '../../simulation/proposal-generator';
import { Random } from '../../simulation/random';
import { BaselinePipeline } from '../baseline/baseline-process';
import { BASELINE_TOPICS, T0_HEADER } from '../baseline/baseline-topics';
import { BenchContext } from '../bench-context';
import { RegencyKey, signedUpsert } from '../generate/inbound-events';
import { connectProducer } from '../generate/produce';
import { TopicMessage } from '../generate/replay-events';
import { DESIGN_TARGETS } from '../report/design-targets';
import { Figure } from '../report/figure';
import { LatencySummary, summarise } from '../report/percentiles';
import { ChangeStreamReader } from './change-stream-reader';
import { publishPaced } from './paced-publisher';

/** Pagu values no other usulan of the bench has, so a change on the stream names its probe. */
const PAGU_BASE = 9_000_000_000;
const WARM_UP_PAGU_BASE = 8_000_000_000;
const STRAGGLERS_MS = 15000;
/**
 * Both pipelines first run this long at the same rate, unmeasured: the broker's JIT (and V8's)
 * takes tens of seconds to compile its hot paths, and a cold broker alone doubled the p99.
 */
const WARM_UP_SECONDS = 10;

/** Maluku's province and its 11 kab/kota publish in turn, as `selaras simulate` does. */
export function malukuRegions(): string[] {
  return ['81', ...loadRegionDirectory().kabKotaOf('81').map((r) => r.code)];
}

/**
 * Latency: new usulan published at a steady rate on `proposals.inbound` by Maluku's regencies;
 * for each, the time from its (scheduled) publish to its change arriving on the province's
 * dashboard stream. The baseline's probes go through its two stages; its time ends at the
 * commit of its view (it has no stream).
 */
export async function latencyFigures(ctx: BenchContext, keys: Map<string, RegencyKey>, baseline: BaselinePipeline): Promise<Figure[]> {
  const { latencyRate: rate, latencySeconds: seconds } = ctx.sizes;
  const warmUp = probes(ctx, keys, rate * Math.min(WARM_UP_SECONDS, seconds), WARM_UP_PAGU_BASE);
  const messages = probes(ctx, keys, rate * seconds, PAGU_BASE);
  await warmUpWith(ctx, TOPICS.proposalsInbound.name, warmUp, rate);
  const selaras = await selarasLatency(ctx, messages, rate);
  await warmUpWith(ctx, BASELINE_TOPICS.inbound.name, warmUp, rate);
  const baselineFrom = baseline.latencies.length;
  await baselineLatency(ctx, messages, rate, () => baseline.latencies.length - baselineFrom);
  const base = summarise(baseline.latencies.slice(baselineFrom));
  const note = `${messages.length} new usulan at ${rate}/s from 12 Maluku regions after ${warmUp.length} unmeasured ones; Selaras: ${selaras.count} arrived on the SSE stream (max ${selaras.max} ms); baseline: ${base.count} committed (max ${base.max} ms)`;
  const row = (p: 'p50' | 'p95' | 'p99'): Figure => ({
    id: `latency.${p}`, label: `Latency ${p}, publish → dashboard`, unit: 'ms', selaras: selaras[p], baseline: base[p], better: 'lower',
    target: p === 'p99' ? DESIGN_TARGETS.latencyP99(rate) : undefined,
    note: p === 'p50' ? note : undefined,
  });
  return [row('p50'), row('p95'), row('p99')];
}

function probes(ctx: BenchContext, keys: Map<string, RegencyKey>, count: number, paguBase: number): TopicMessage[] {
  const regions = malukuRegions();
  const generator = new ProposalGenerator(ctx.catalog, new Random(paguBase % 1000), `lat${paguBase}${Date.now().toString(36)}`);
  return Array.from({ length: count }, (_, i) => {
    const region = regions[i % regions.length];
    return signedUpsert(region, { ...generator.create(region, 2027), status: 'draft', paguIndikatif: paguBase + i }, keys.get(region)!);
  });
}

async function warmUpWith(ctx: BenchContext, topic: string, messages: TopicMessage[], rate: number): Promise<void> {
  const producer = await connectProducer(ctx.kafka);
  const bar = ctx.progress(`warming up (${topic})`, messages.length, 'events');
  try {
    await publishPaced(producer, topic, messages, rate, undefined, (sent) => bar.update(sent));
  } finally {
    bar.stop();
    await producer.disconnect();
  }
}

async function selarasLatency(ctx: BenchContext, messages: TopicMessage[], rate: number): Promise<LatencySummary> {
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  let arrived!: () => void;
  const allArrived = new Promise<void>((resolve) => (arrived = resolve));
  const token = await ctx.stack.token('81', 'coordinator');
  const reader = new ChangeStreamReader(`${ctx.stack.url('reporting')}/v1/stream?province=81&access_token=${token}`, ({ data, receivedAt }) => {
    const t0 = data.kind === 'proposal' && data.paguIndikatif !== undefined ? sentAt.get(data.paguIndikatif) : undefined;
    if (t0 === undefined) return;
    sentAt.delete(data.paguIndikatif!);
    latencies.push(receivedAt - t0);
    if (latencies.length === messages.length) arrived();
  });
  await reader.ready;
  const producer = await connectProducer(ctx.kafka);
  const bar = ctx.progress('latency (Selaras)', messages.length, 'events');
  try {
    await publishPaced(producer, TOPICS.proposalsInbound.name, messages, rate, (message, t0, index) => {
      sentAt.set(PAGU_BASE + index, t0);
      return message;
    }, (sent) => bar.update(sent));
    await Promise.race([allArrived, new Promise((resolve) => setTimeout(resolve, STRAGGLERS_MS))]);
  } finally {
    bar.stop();
    reader.close();
    await producer.disconnect();
  }
  if (latencies.length === 0) throw new Error('no latency probe arrived on the dashboard stream');
  return summarise(latencies);
}

async function baselineLatency(ctx: BenchContext, messages: TopicMessage[], rate: number, received: () => number): Promise<void> {
  const producer = await connectProducer(ctx.kafka);
  const bar = ctx.progress('latency (baseline)', messages.length, 'events');
  try {
    await publishPaced(producer, BASELINE_TOPICS.inbound.name, messages, rate, (message, t0) => ({ ...message, headers: { ...message.headers, [T0_HEADER]: String(Math.round(t0)) } }), (sent) => bar.update(sent));
    const deadline = Date.now() + STRAGGLERS_MS;
    while (received() < messages.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    bar.stop();
    await producer.disconnect();
  }
}
