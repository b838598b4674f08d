import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { logDir, REPO_ROOT, runDir } from './paths';

export interface ManagedProcess {
  name: string;
  /** Script run with `node -r @swc-node/register`, relative to the repository root. */
  entry: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
}

const pidFile = (name: string, env?: NodeJS.ProcessEnv) => join(runDir(env), `${name}.pid`);
export const logFile = (name: string, env?: NodeJS.ProcessEnv) => join(logDir(env), `${name}.log`);

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A killed child can linger as a zombie until reaped; it is not alive.
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** The pid of a running managed process, or undefined (a stale pid file is removed). */
export function runningPid(name: string, env?: NodeJS.ProcessEnv): number | undefined {
  const file = pidFile(name, env);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (pid > 0 && isAlive(pid)) return pid;
  rmSync(file, { force: true });
  return undefined;
}

/** Starts a process detached from the CLI, logging to .selaras/logs/<name>.log; reuses a running one. */
export function startProcess(proc: ManagedProcess): { pid: number; reused: boolean } {
  const existing = runningPid(proc.name, proc.env);
  if (existing) return { pid: existing, reused: true };
  mkdirSync(runDir(proc.env), { recursive: true });
  mkdirSync(logDir(proc.env), { recursive: true });
  const out = openSync(logFile(proc.name, proc.env), 'a');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, proc.entry), ...(proc.args ?? [])], {
    cwd: REPO_ROOT,
    env: proc.env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  child.unref();
  writeFileSync(pidFile(proc.name, proc.env), String(child.pid));
  return { pid: child.pid!, reused: false };
}

/** SIGTERM (graceful shutdown), then SIGKILL after `graceMs`. */
export async function stopProcess(name: string, env?: NodeJS.ProcessEnv, graceMs = 15000): Promise<boolean> {
  const pid = runningPid(name, env);
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile(name, env), { force: true });
  return true;
}

/** Runs one of the plain-Node infrastructure scripts (deploy/kafka/kafka.mjs, scripts/postgres.mjs). */
export function runInfraScript(script: string, args: string[], env: NodeJS.ProcessEnv, quiet = false): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, script), ...args], { cwd: REPO_ROOT, env, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Waits until GET url answers 200; returns false after `timeoutMs`. */
export async function waitForHealthy(url: string, timeoutMs = 120000, isStillRunning: () => boolean = () => true): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    if (!isStillRunning()) return false;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}
