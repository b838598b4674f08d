import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../stack/paths';

export interface MachineInfo {
  cores: number;
  memoryGiB: number;
  cpuModel: string;
  node: string;
  kafka: string;
  /** The server's version and the settings that change what a run measures (autovacuum, shared_buffers). */
  postgres: string;
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  loadAverageAtStart: number;
  commit: string;
  date: string;
}

/** The Kafka version of the jars the bench broker runs (`kafka_2.13-<version>.jar`). */
export function kafkaVersionOf(selarasHome: string): string {
  try {
    const jar = readdirSync(join(selarasHome, 'kafka', 'lib')).find((f) => /^kafka_2\.13-[\d.]+\.jar$/.test(f));
    return jar ? jar.replace(/^kafka_2\.13-/, '').replace(/\.jar$/, '') : 'unknown';
  } catch {
    return 'unknown';
  }
}

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

export function describeMachine(selarasHome: string, postgres: string, loadAverageAtStart = loadavg()[0]): MachineInfo {
  return {
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    kafka: kafkaVersionOf(selarasHome),
    postgres,
    loadAverageAtStart: Math.round(loadAverageAtStart * 100) / 100,
    commit: gitCommit(),
    date: new Date().toISOString(),
  };
}
