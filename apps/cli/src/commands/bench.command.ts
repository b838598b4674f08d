import { Command, InvalidArgumentError } from 'commander';
import { join, resolve } from 'node:path';
import { BENCH_SIZES, FIGURE_NAMES, selectFigures } from '../bench/bench-sizes';
import { DEPLOYED_NODE_OPTIONS, runBench } from '../bench/run-bench';
import { renderResults } from '../bench/report/render-table';
import { writeResults } from '../bench/report/write-results';
import { defaultBenchStack } from '../bench/stack/bench-env';
import { CliError } from '../cli-error';
import { REPO_ROOT } from '../stack/paths';

interface BenchCommandOptions {
  quick?: boolean;
  only?: string[];
  out: string;
  nodeOptions: string;
  replayEvents?: number;
  burst?: number;
  latencySeconds?: number;
  cpuProf?: string;
}

function count(name: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive whole number`);
    return n;
  };
}

export function benchCommand(): Command {
  return new Command('bench')
    .description(`measure Selaras against a raw kafkajs + pg pipeline on a stack of its own (broker on 49092, database selaras_bench): ${FIGURE_NAMES.join(', ')} and peak memory`)
    .option('--quick', 'smaller sizes for a smoke run (50k replay events, 4k burst, 15 s latency)')
    .option('--only <figures...>', `only these figures (${FIGURE_NAMES.join(', ')}); memory is always measured`)
    .option('--out <dir>', 'where latest.json and latest.md go', join(REPO_ROOT, 'bench', 'results'))
    .option('--node-options <flags>', 'NODE_OPTIONS of the services and the baseline', DEPLOYED_NODE_OPTIONS)
    .option('--replay-events <n>', 'override: events to replay', count('--replay-events'))
    .option('--burst <n>', 'override: usulan in the burst', count('--burst'))
    .option('--latency-seconds <n>', 'override: seconds of the latency run', count('--latency-seconds'))
    .option('--cpu-prof <dir>', 'write a V8 CPU profile of each service into <dir> (open in Chrome DevTools)')
    .action(async (opts: BenchCommandOptions) => {
      let figures;
      try {
        figures = selectFigures(opts.only);
      } catch (error) {
        throw new CliError((error as Error).message);
      }
      const base = opts.quick ? BENCH_SIZES.quick : BENCH_SIZES.full;
      const sizes = {
        ...base,
        replayEvents: opts.replayEvents ?? base.replayEvents,
        burstProposals: opts.burst ?? base.burstProposals,
        latencySeconds: opts.latencySeconds ?? base.latencySeconds,
      };
      const results = await runBench({ sizes, figures, stack: defaultBenchStack(), quiet: false, serviceNodeOptions: opts.nodeOptions, cpuProfileDir: opts.cpuProf && resolve(opts.cpuProf) });
      const files = writeResults(opts.out, results);
      process.stdout.write(`\n${renderResults(results.figures, results.machine, results.sizes)}\n`);
      process.stdout.write(`written: ${files.markdown}, ${files.json} (${results.durationSeconds} s)\n`);
    });
}
