import { loadavg } from 'node:os';
import { Pool } from 'pg';
import { loadCatalogSample } from '../simulation/catalog-sample';
import { BaselinePipeline } from './baseline/baseline-process';
import { createBaselineSchema } from './baseline/baseline-schema';
import { BASELINE_TOPIC_SPECS } from './baseline/baseline-topics';
import { BenchContext } from './bench-context';
import { importReferenceNomenclature } from './bench-setup';
import { BenchSizes, describeSizes, FigureName } from './bench-sizes';
import { BURST_REGION, burstFigures } from './figures/burst.figure';
import { latencyFigures, malukuRegions } from './figures/latency.figure';
import { memoryFigures } from './figures/memory.figure';
import { nomenclatureFigures } from './figures/nomenclature.figure';
import { waitUntilQuiet } from './figures/quiet';
import { waitForInboundPipeline, WARM_UP_REGION } from './figures/pipeline-ready';
import { replayFigure } from './figures/replay.figure';
import { recordSpbeRound } from './figures/spbe-round';
import { registerRegencyKeys, RegencyKey } from './generate/inbound-events';
import { benchKafka, connectProducer } from './generate/produce';
import { progressBar } from './progress';
import { Figure } from './report/figure';
import { describeMachine } from './report/machine';
import { BenchResults } from './report/write-results';
import { BenchStackConfig } from './stack/bench-env';
import { describePostgres, vacuumBenchDatabase } from './stack/bench-database';
import { BenchStack } from './stack/bench-stack';
import { brokerPid } from './stack/bench-broker';
import { CpuMeter } from './stack/cpu-meter';
import { MemorySampler } from './stack/memory-sampler';
import { ServiceProcess } from './stack/service-process';

/** The services run as deploy/k8s/*.yaml runs them (NODE_OPTIONS there). */
export const DEPLOYED_NODE_OPTIONS = '--max-old-space-size=192';

export interface BenchOptions {
  sizes: BenchSizes;
  figures: readonly FigureName[];
  stack: BenchStackConfig;
  quiet: boolean;
  serviceNodeOptions?: string;
  /** Write a V8 CPU profile of each service here (node --cpu-prof). */
  cpuProfileDir?: string;
  say?: (line: string) => void;
}

/**
 * One benchmark run: its own stack up, the chosen figures one after another (each on Selaras,
 * then on the baseline pipeline), the peak memory of every process, the stack down. Nothing of
 * the stack survives the run; the results are returned (the command writes them to files).
 */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const say = options.say ?? ((line: string) => options.quiet || process.stderr.write(`• ${line}\n`));
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const memory = new MemorySampler();
  const stack = await BenchStack.start(options.stack, { extraTopics: BASELINE_TOPIC_SPECS, serviceNodeOptions: options.serviceNodeOptions ?? DEPLOYED_NODE_OPTIONS, cpuProfileDir: options.cpuProfileDir, say });
  const db = new Pool({ connectionString: stack.databaseUrl, max: 2 });
  const kafka = benchKafka(stack.brokers);
  let baselineProcess: ServiceProcess | undefined;
  let pipeline: BaselinePipeline | undefined;
  try {
    for (const [name, service] of stack.services) memory.watch(name, () => service.pid);
    memory.watch('baseline', () => baselineProcess?.pid);
    memory.start();
    say('nomenclature: importing and activating the 2027 reference catalog');
    await importReferenceNomenclature(stack);
    await createBaselineSchema(db);
    const cpu = new CpuMeter({
      pids: () => {
        const pids = new Map<string, number | undefined>();
        for (const [name, service] of stack.services) pids.set(name, service.pid);
        pids.set('broker', brokerPid(options.stack));
        pids.set('baseline', baselineProcess?.pid);
        return pids;
      },
    });
    const ctx: BenchContext = {
      stack, kafka, db, memory, cpu, sizes: options.sizes, catalog: loadCatalogSample(), say,
      progress: (label, total, unit) => progressBar(options.quiet, label, total, unit),
      useBaseline: (process) => (baselineProcess = process),
    };
    let inbound: { keys: Map<string, RegencyKey>; baseline: BaselinePipeline } | undefined;
    const inboundReady = async () => {
      if (inbound) return inbound;
      say('registering regency keys and waiting for the inbound pipeline');
      const parties = stack.keyParties();
      const keys = await registerRegencyKeys(stack.url('proposals'), parties, malukuRegions());
      const warmUp = (await registerRegencyKeys(stack.url('proposals'), parties, [WARM_UP_REGION])).get(WARM_UP_REGION)!;
      const producer = await connectProducer(kafka);
      await waitForInboundPipeline(ctx, producer, warmUp).finally(() => producer.disconnect());
      pipeline = await BaselinePipeline.start(stack, (process) => ctx.useBaseline(process));
      inbound = { keys, baseline: pipeline };
      return inbound;
    };
    const figures: Figure[] = [];
    for (const figure of options.figures) {
      await waitUntilQuiet(ctx);
      say(`database vacuumed and analyzed before the figure (${await vacuumBenchDatabase(options.stack)} ms)`);
      say(`figure: ${figure}`);
      if (figure === 'nomenclature') figures.push(...(await nomenclatureFigures(ctx)));
      if (figure === 'replay') figures.push(await replayFigure(ctx));
      if (figure === 'burst') {
        const { keys } = await inboundReady();
        figures.push(...(await burstFigures(ctx, keys.get(BURST_REGION)!)));
      }
      if (figure === 'latency') {
        const { keys, baseline } = await inboundReady();
        figures.push(...(await latencyFigures(ctx, keys, baseline)));
      }
    }
    await waitUntilQuiet(ctx);
    say(`spbe-indicators: final SPBE levels of ${options.sizes.spbeRegions} regions (its memory under work)`);
    const spbe = await recordSpbeRound(ctx);
    memory.stop();
    figures.push(...memoryFigures(memory.results(), spbe));
    return {
      machine: describeMachine(options.stack.home, await describePostgres(options.stack), loadAtStart),
      sizes: describeSizes(options.sizes, options.figures),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      figures,
    };
  } finally {
    memory.stop();
    await pipeline?.stop();
    await db.end();
    say('stopping the bench stack');
    await stack.stop();
  }
}
