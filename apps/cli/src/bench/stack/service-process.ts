import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../stack/paths';
import { track } from './child-processes';

export interface ServiceProcessOptions {
  name: string;
  /** TypeScript entry, relative to the repository root; its compiled JavaScript under dist/ is run (scripts/build.mjs). */
  entry: string;
  args?: string[];
  env: Record<string, string>;
  logDir: string;
  /** Extra `node` flags (e.g. `--cpu-prof`), before the entry. */
  nodeFlags?: string[];
}

/** Where scripts/build.mjs puts the JavaScript of a TypeScript entry. */
export function compiledEntry(entry: string): string {
  return join(REPO_ROOT, 'dist', entry.replace(/\.ts$/, '.js'));
}

/**
 * Compiles apps/ and libs/ to dist/ (scripts/build.mjs): the bench runs the services as the
 * image does, as plain JavaScript, not through @swc-node/register (~60 MB more per process).
 */
export function buildServices(): void {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`scripts/build.mjs failed: ${result.stderr || result.stdout}`);
}

/**
 * One process of the bench (a service or the baseline pipeline), run as its own OS process as
 * the image runs them, so its memory is its own and it can be stopped for real. Its output
 * goes to `<logDir>/<name>.log`; lines on stdout can be watched (the baseline reports that way).
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private exit?: Promise<string>;
  private readonly lineListeners: ((line: string) => void)[] = [];

  constructor(readonly options: ServiceProcessOptions) {}

  get name(): string {
    return this.options.name;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  get logFile(): string {
    return join(this.options.logDir, `${this.options.name}.log`);
  }

  /** Calls `listener` with every line the process writes to stdout. */
  onLine(listener: (line: string) => void): void {
    this.lineListeners.push(listener);
  }

  spawn(): void {
    mkdirSync(this.options.logDir, { recursive: true });
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, [...(this.options.nodeFlags ?? []), compiledEntry(this.options.entry), ...(this.options.args ?? [])], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...this.options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    track(child);
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      log.write(chunk);
      pending += chunk.toString();
      let end: number;
      while ((end = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 1);
        for (const listen of this.lineListeners) listen(line);
      }
    });
    child.stderr!.pipe(log);
    this.exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`)));
    this.child = child;
  }

  /** Starts the process and polls `GET <url>/health` until it answers 200. */
  async startHttp(url: string, timeoutMs = 180000): Promise<void> {
    this.spawn();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) throw new Error(`${this.name} exited during start-up; see ${this.logFile}`);
      try {
        if ((await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) })).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${this.name} was not healthy within ${timeoutMs / 1000} s; see ${this.logFile}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Resolves once the process has ended, saying how (`exit code 1`, `signal SIGKILL`). */
  exited(): Promise<string> {
    return this.exit ?? Promise.resolve('not started');
  }

  /** SIGTERM (the service shuts down gracefully), SIGKILL after `graceMs`. */
  async stop(graceMs = 15000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exit;
    clearTimeout(timer);
  }
}
