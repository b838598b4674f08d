import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/<pid>/stat the meter needs; times in clock ticks. */
export interface ProcStat {
  comm: string;
  ppid: number;
  /** utime + stime: every thread of the process (GC, libuv's pool and the JVM's included). */
  ticks: number;
  /** cutime + cstime: children that ended and were waited for. */
  endedChildTicks: number;
}

/**
 * Parses a /proc/<pid>/stat line. The command name sits in parentheses and may itself hold
 * spaces and parentheses, so the fields are counted from the last `)`.
 */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  // After ") ": state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17), numbered as in proc(5).
  const fields = text.slice(close + 2).trim().split(/\s+/);
  const field = (n: number) => Number(fields[n - 3]);
  if (fields.length < 15 || [4, 14, 15, 16, 17].some((n) => !Number.isFinite(field(n)))) return undefined;
  return { comm: text.slice(open + 1, close), ppid: field(4), ticks: field(14) + field(15), endedChildTicks: field(16) + field(17) };
}

/** Where the processes of a run spend CPU: named processes by pid, and the database server. */
export interface CpuGroups {
  /** Group name → the pid now running under it (a service, the broker, the baseline). */
  pids(): Map<string, number | undefined>;
}

export const POSTGRES_GROUP = 'PostgreSQL';

/**
 * Adds up processes' CPU ticks per group. PostgreSQL is every `postgres` process: the backends
 * serving the run (their CPU is the statements), plus, on the server's top process, the time of
 * backends that ended (the postmaster waits for them, so it lands in its children's time). The
 * server is the machine's shared one; nothing else should use it during a bench.
 */
export function groupTicks(stats: ReadonlyMap<number, ProcStat>, named: ReadonlyMap<string, number | undefined>): Map<string, number> {
  const groups = new Map<string, number>();
  const add = (group: string, ticks: number) => groups.set(group, (groups.get(group) ?? 0) + ticks);
  for (const [group, pid] of named) {
    const stat = pid === undefined ? undefined : stats.get(pid);
    if (stat) add(group, stat.ticks);
  }
  for (const stat of stats.values()) {
    if (stat.comm !== 'postgres') continue;
    const topProcess = stats.get(stat.ppid)?.comm !== 'postgres';
    add(POSTGRES_GROUP, stat.ticks + (topProcess ? stat.endedChildTicks : 0));
  }
  return groups;
}

/** CPU seconds each group used while some work ran. */
export type CpuSeconds = Map<string, number>;

/**
 * Measures the CPU a piece of work costs each process of the machine, by reading /proc before
 * and after it: the bench's answer to "where does the time of a figure go" that needs no
 * profiler. Processes that start or end during the work count only for the part they were seen.
 */
export class CpuMeter {
  private readonly ticksPerSecond = clockTicksPerSecond();

  constructor(private readonly groups: CpuGroups) {}

  async measure<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuSeconds }> {
    const before = this.snapshot();
    const result = await work();
    const after = this.snapshot();
    const cpu: CpuSeconds = new Map();
    for (const [group, ticks] of after) cpu.set(group, Math.max(0, ticks - (before.get(group) ?? 0)) / this.ticksPerSecond);
    return { result, cpu };
  }

  private snapshot(): Map<string, number> {
    return groupTicks(readAllProcStats(), this.groups.pids());
  }
}

function readAllProcStats(): Map<number, ProcStat> {
  const stats = new Map<number, ProcStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (stat) stats.set(Number(entry), stat);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return stats;
}

function clockTicksPerSecond(): number {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(value) && value > 0 ? value : 100;
  } catch {
    return 100; // Linux's USER_HZ almost everywhere
  }
}

/** Microseconds of CPU per unit of work, in all and per group, largest first. */
export function cpuPerUnit(cpu: CpuSeconds, units: number): { total: number; split: [string, number][] } {
  const split = [...cpu].map(([group, seconds]): [string, number] => [group, (seconds * 1e6) / units]).filter(([, us]) => us >= 0.5).sort((a, b) => b[1] - a[1]);
  return { total: split.reduce((sum, [, us]) => sum + us, 0), split };
}
