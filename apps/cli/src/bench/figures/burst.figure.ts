import { chunkBySize, TOPICS } from '@selaras/contracts';
import type { UsulanChange } from '@selaras/regency-sdk';
import { ProposalGenerator } from '../../simulation/proposal-generator';
import { Random } from '../../simulation/random';
import { callApi } from '../../stack/api-client';
import { BASELINE_TOPICS } from '../baseline/baseline-topics';
import { BenchContext } from '../bench-context';
import { RegencyKey, signedBatches, signedUpsert } from '../generate/inbound-events';
import { connectProducer, produceAll } from '../generate/produce';
import { TopicMessage } from '../generate/replay-events';
import { DESIGN_TARGETS } from '../report/design-targets';
import { Figure } from '../report/figure';
import { CpuSeconds, cpuPerUnit } from '../stack/cpu-meter';
import { withTimeout } from './async-utils';
import { ChangeStreamReader } from './change-stream-reader';

/** Kota Ambon re-syncs its whole snapshot at once. */
export const BURST_REGION = '81.71';

interface SyncReportLike {
  regions: { region: string; proposals: { total: number } }[];
}

/**
 * Burst: one regency's snapshot (N signed usulan, 60 % of them submitted) published at once on
 * `proposals.inbound`; the clock stops when the province's dashboard stream has shown every
 * usulan in its final status, and the sync report is then read to confirm the count. The
 * baseline gets the same messages on its own topic and is done when its view holds N more rows.
 *
 * Twice, with new usulan each time: as a snapshot export sends it, in signed batches
 * (`RegencyClient.publishBatched`; the figure DESIGN's target is for), then as N single signed
 * events (`RegencyClient.publish`), which costs an Ed25519 check and a message per usulan.
 *
 * Beside the time, the CPU each process spent in that window (and only in it: not the sync
 * report's confirmation after it, nor connecting before it), per usulan: on a machine whose
 * cores are all busy during the burst, the time follows the CPU of the whole pipeline, and this
 * figure says which process it goes to (and does not depend on how busy the machine was).
 */
export async function burstFigures(ctx: BenchContext, key: RegencyKey): Promise<Figure[]> {
  const inBatches = (changes: UsulanChange[]) => signedBatches(BURST_REGION, changes, key);
  const oneByOne = (changes: UsulanChange[]) => changes.map((change) => signedUpsert(BURST_REGION, change, key));
  // Unmeasured: the first burst through a freshly started broker (a JVM) and services (V8) also
  // compiles their hot paths, and the baseline, run second on the same broker, never paid that.
  // An eighth of the size each way, through both pipelines, so both are measured warm.
  const warmUp = Math.ceil(ctx.sizes.burstProposals / 8);
  await oneBurst(ctx, 'wb', inBatches, warmUp);
  await oneBurst(ctx, 'ws', oneByOne, warmUp);
  const batched = await oneBurst(ctx, 'b', inBatches, ctx.sizes.burstProposals);
  const single = await oneBurst(ctx, 's', oneByOne, ctx.sizes.burstProposals);
  return [
    ...burstFigure(ctx, batched, { id: 'burst', label: 'in signed batches', target: true }),
    ...burstFigure(ctx, single, { id: 'burst.single', label: 'one signed event per usulan', target: false }),
  ];
}

interface BurstRun {
  n: number;
  submitted: number;
  messages: number;
  selaras: Timed;
  baseline: Timed;
}

/** One burst through both pipelines: N new usulan of the burst regency, sent as `encode` makes them. */
async function oneBurst(ctx: BenchContext, tag: string, encode: (changes: UsulanChange[]) => TopicMessage[], n: number): Promise<BurstRun> {
  const generator = new ProposalGenerator(ctx.catalog, new Random(40000), `burst${tag}${Date.now().toString(36)}`);
  const changes = Array.from({ length: n }, () => generator.create(BURST_REGION, 2027));
  const submitted = changes.filter((c) => c.status === 'submitted').length;
  const messages = encode(changes);
  const selaras = await selarasBurst(ctx, messages, n, submitted);
  const baseline = await baselineBurst(ctx, messages, n);
  return { n, submitted, messages: messages.length, selaras, baseline };
}

function burstFigure(ctx: BenchContext, run: BurstRun, how: { id: string; label: string; target: boolean }): Figure[] {
  const { n, submitted, selaras, baseline } = run;
  // spbe-indicators has no part in a burst on either side.
  const selarasCpu = cpuPerUnit(without(selaras.cpu, 'baseline', 'spbe-indicators'), n);
  const baselineCpu = cpuPerUnit(without(baseline.cpu, 'nomenclature', 'proposals', 'spbe-indicators', 'reporting'), n);
  return [
    {
      id: how.id, label: `Burst: ${n.toLocaleString('en-US')} usulan on the dashboard, ${how.label}`, unit: 's', selaras: selaras.result, baseline: baseline.result, better: 'lower',
      target: how.target ? DESIGN_TARGETS.burst(n) : undefined,
      note: `${n} signed usulan of ${BURST_REGION} (${submitted} of them submitted) in ${run.messages.toLocaleString('en-US')} messages, published at once; Selaras until the province's SSE stream showed each in its final status (then confirmed by the sync report), baseline until its view held ${n} more rows`,
    },
    {
      id: `${how.id}.cpu`, label: `Burst ${how.label}: CPU per usulan, all processes`, unit: 'µs', selaras: selarasCpu.total, baseline: baselineCpu.total, better: 'lower',
      note: `CPU time of each process during the burst (/proc), per usulan: Selaras ${describeSplit(selarasCpu.split)}; baseline ${describeSplit(baselineCpu.split)}; the bench's own producer and stream reader not counted`,
      parts: { selaras: Object.fromEntries(selarasCpu.split), baseline: Object.fromEntries(baselineCpu.split) },
    },
  ];
}

/**
 * Produce requests of about 500 single events, or of two batches: the broker refuses a
 * partition's records of more than 1 MiB in one request, and a region's batches share a partition.
 */
function requests(messages: TopicMessage[]): TopicMessage[][] {
  return chunkBySize(messages, (m) => Buffer.byteLength(m.value) + 64, 600 * 1024);
}

/** The processes that belong to the other pipeline sit idle in a window; they are left out. */
function without(cpu: CpuSeconds, ...groups: string[]): CpuSeconds {
  return new Map([...cpu].filter(([group]) => !groups.includes(group)));
}

function describeSplit(split: [string, number][]): string {
  return split.map(([group, us]) => `${group} ${Math.round(us)}`).join(', ');
}

/** The burst's seconds, and the CPU of every process from the first message sent until the clock stopped. */
type Timed = { result: number; cpu: CpuSeconds };

async function selarasBurst(ctx: BenchContext, messages: TopicMessage[], n: number, submitted: number): Promise<Timed> {
  const token = await ctx.stack.token('81', 'coordinator');
  const status = new Map<string, string>();
  let submittedSeen = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const bar = ctx.progress('burst (Selaras)', n, 'usulan');
  const reader = new ChangeStreamReader(`${ctx.stack.url('reporting')}/v1/stream?province=81&access_token=${token}`, ({ data }) => {
    if (data.kind !== 'proposal' || data.region !== BURST_REGION || !data.id) return;
    const before = status.get(data.id);
    if (before === 'submitted') submittedSeen--;
    if (data.status === 'submitted') submittedSeen++;
    status.set(data.id, data.status ?? '');
    if (status.size % 500 === 0) bar.update(status.size);
    if (status.size === n && submittedSeen === submitted) finish();
  });
  await reader.ready;
  const shownBefore = await usulanInSyncReport(ctx, token);
  const producer = await connectProducer(ctx.kafka);
  try {
    const timed = await ctx.cpu.measure(async () => {
      const started = Date.now();
      await produceAll(producer, TOPICS.proposalsInbound.name, requests(messages), () => undefined, 2);
      await withTimeout(finished, Math.max(180000, n * 5), () => `the dashboard stream showed ${status.size} of ${n} usulan`);
      return (Date.now() - started) / 1000;
    });
    bar.update(n);
    const shown = await usulanInSyncReport(ctx, token);
    if (shown !== shownBefore + n) throw new Error(`the sync report shows ${shown} usulan for ${BURST_REGION}, not ${shownBefore} + ${n}`);
    return timed;
  } finally {
    bar.stop();
    reader.close();
    await producer.disconnect();
  }
}

/** What the province's sync report (the dashboard's table) counts for the burst regency. */
async function usulanInSyncReport(ctx: BenchContext, token: string): Promise<number> {
  const report = await callApi<SyncReportLike>(ctx.stack.url('reporting'), 'GET', '/v1/reports/provinces/81/sync?year=2027', token);
  return report.regions.find((r) => r.region === BURST_REGION)?.proposals.total ?? 0;
}

async function baselineBurst(ctx: BenchContext, messages: TopicMessage[], n: number): Promise<Timed> {
  const viewRows = async () => Number((await ctx.db.query(`SELECT count(*) AS n FROM baseline.proposal_view WHERE region = $1`, [BURST_REGION])).rows[0].n);
  const before = await viewRows();
  const producer = await connectProducer(ctx.kafka);
  const bar = ctx.progress('burst (baseline)', n, 'usulan');
  try {
    return await ctx.cpu.measure(async () => {
      const started = Date.now();
      await produceAll(producer, BASELINE_TOPICS.inbound.name, requests(messages), () => undefined, 2);
      const deadline = Date.now() + Math.max(180000, n * 5);
      for (;;) {
        const count = (await viewRows()) - before;
        bar.update(count);
        if (count >= n) return (Date.now() - started) / 1000;
        if (Date.now() > deadline) throw new Error(`the baseline view holds ${count} of ${n} usulan`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
  } finally {
    bar.stop();
    await producer.disconnect();
  }
}
