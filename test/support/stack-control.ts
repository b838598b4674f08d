import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, testEnv } from '@selaras/testing';

/** Runs one of the infrastructure scripts against the test stack (its own broker, or the given database). */
export function infra(script: 'deploy/kafka/kafka.mjs' | 'scripts/postgres.mjs', command: string, env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, script), command], { env: { ...process.env, ...testEnv(), ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} ${command} failed: ${result.stdout}${result.stderr}`);
}
