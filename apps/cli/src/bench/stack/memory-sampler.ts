import { readFileSync } from 'node:fs';

/** Resident memory figures of one process from /proc/<pid>/status, in bytes. */
export interface ResidentMemory {
  /** VmRSS: resident now. */
  rss: number;
  /** VmHWM: the highest resident size since the process started (the kernel keeps it). */
  peak: number;
}

/** Reads `VmRSS` and `VmHWM` (kB) from a /proc status text. */
export function parseProcStatus(text: string): ResidentMemory | undefined {
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
    return match ? Number(match[1]) * 1024 : undefined;
  };
  const rss = kb('VmRSS');
  const peak = kb('VmHWM');
  return rss === undefined || peak === undefined ? undefined : { rss, peak };
}

export function residentMemoryOf(pid: number): ResidentMemory | undefined {
  try {
    return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return undefined; // the process has ended
  }
}

/**
 * Keeps the peak resident memory of named processes over the whole run. The kernel's VmHWM is
 * exact while a process lives; sampling it often also covers processes that end (the baseline's
 * replay) and names whose process is restarted (the highest of its processes counts).
 */
export class MemorySampler {
  private readonly watched = new Map<string, () => number | undefined>();
  private readonly peaks = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  watch(name: string, pid: () => number | undefined): void {
    this.watched.set(name, pid);
  }

  start(intervalMs = 250): void {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }

  sample(): void {
    for (const [name, pidOf] of this.watched) {
      const pid = pidOf();
      const memory = pid ? residentMemoryOf(pid) : undefined;
      if (memory) this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, memory.peak));
    }
  }

  /** Peak resident bytes per name, for names seen running at least once. */
  results(): Map<string, number> {
    return new Map(this.peaks);
  }
}
