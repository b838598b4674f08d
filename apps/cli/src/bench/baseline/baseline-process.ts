import { BenchStack } from '../stack/bench-stack';
import { ServiceProcess } from '../stack/service-process';

export interface BaselineReplay {
  replayed: number;
  total: number;
  seconds: number;
}

function baselineProcess(stack: BenchStack, args: string[]): ServiceProcess {
  return new ServiceProcess({ name: 'baseline', entry: 'apps/cli/src/bench/baseline/baseline.main.ts', args, logDir: stack.logDir, env: { ...stack.env, NODE_OPTIONS: stack.serviceNodeOptions } });
}

/** The first stdout line `pick` accepts; call right after spawn (lines arrive on later ticks). */
function firstLine<T>(process: ServiceProcess, pick: (message: Record<string, unknown>) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    process.onLine((line) => {
      try {
        const value = pick(JSON.parse(line));
        if (value !== undefined) resolve(value);
      } catch {
        // not one of the baseline's JSON lines
      }
    });
    void process.exited().then((how) => reject(new Error(`the baseline ended (${how}); see ${process.logFile}`)));
  });
}

/**
 * The baseline pipeline (inbound stage and projection stage) running as its own process.
 * Latencies of probes it applied arrive on its stdout and are collected here.
 */
export class BaselinePipeline {
  readonly latencies: number[] = [];

  private constructor(readonly process: ServiceProcess) {
    process.onLine((line) => {
      if (!line.startsWith('{"latencies"')) return;
      this.latencies.push(...(JSON.parse(line).latencies as number[]));
    });
  }

  static async start(stack: BenchStack, onStart: (process: ServiceProcess) => void): Promise<BaselinePipeline> {
    const process = baselineProcess(stack, ['pipeline']);
    const pipeline = new BaselinePipeline(process);
    process.spawn();
    const ready = firstLine(process, (m) => (m.ready ? true : undefined));
    onStart(process);
    await ready;
    return pipeline;
  }

  stop(): Promise<void> {
    return this.process.stop();
  }
}

/** Runs the baseline's replay of `topic` to the end and returns what it measured. */
export async function runBaselineReplay(stack: BenchStack, topic: string, onStart: (process: ServiceProcess) => void): Promise<BaselineReplay> {
  const process = baselineProcess(stack, ['replay', topic]);
  process.spawn();
  const result = firstLine(process, (m) => (typeof m.replayed === 'number' ? (m as unknown as BaselineReplay) : undefined));
  onStart(process);
  try {
    return await result;
  } finally {
    await process.stop();
  }
}
