import { join } from 'node:path';

/** Repository root: the CLI runs from source through @swc-node/register. */
export const REPO_ROOT = join(__dirname, '../../../..');

/** Where the local stack keeps its state: broker data, logs, pids, the dev secret. */
export function selarasHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.SELARAS_HOME ?? join(REPO_ROOT, '.selaras');
}

export const runDir = (env?: NodeJS.ProcessEnv) => join(selarasHome(env), 'run');
export const logDir = (env?: NodeJS.ProcessEnv) => join(selarasHome(env), 'logs');
