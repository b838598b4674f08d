import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, REPO_ROOT, TEST_HOME, testEnv } from '@selaras/test-infra';

/**
 * A service in its own process, for tests that must kill it for real (`kill -9`) and start it
 * again. Output goes to .selaras/test/logs/<name>.log.
 */
export class ChildService {
  private child?: ChildProcess;
  readonly url: string;

  constructor(readonly name: string, private readonly entry: string, readonly port: number, private readonly env: Record<string, string> = {}) {
    this.url = `http://127.0.0.1:${port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(timeoutMs = 90000): Promise<void> {
    const logs = join(TEST_HOME, 'logs');
    mkdirSync(logs, { recursive: true });
    const out = createWriteStream(join(logs, `${this.name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, this.entry)], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...testEnv(), ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
    this.child = child;
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`${this.name} exited with ${child.exitCode}; see ${join(logs, `${this.name}.log`)}`);
      return (await fetch(`${this.url}/health`)).ok;
    }, { timeoutMs, intervalMs: 250 });
  }

  /** SIGKILL: no shutdown hooks, no flushing — the crash the outbox and inbox must survive. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGTERM: graceful shutdown. */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
    this.child = undefined;
  }
}
