#!/usr/bin/env node
// `npm test`: unit specs, lint (module boundaries included), then the integration and
// end-to-end specs against the real Kafka broker and PostgreSQL (started by jest's global
// setup). Stops at the first failing stage and exits non-zero.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', KAFKAJS_NO_PARTITIONER_WARNING: '1' };
const extra = process.argv.slice(2);

const stages = [
  { name: 'unit specs', command: bin('jest'), args: ['-c', 'jest.unit.config.js', '--ci', ...extra] },
  // eslint's module-boundary rule reads Nx's cached project graph and silently skips itself
  // without one, so the graph is computed first (a fresh clone has none).
  { name: 'project graph', command: bin('nx'), args: ['show', 'projects'] },
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings=-1', 'apps', 'libs', 'test'] },
  { name: 'type check', command: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
  // The JavaScript the image runs (Dockerfile); the benchmark's smoke spec below runs the services from it.
  { name: 'build', command: 'node', args: ['scripts/build.mjs'] },
  { name: 'integration and end-to-end specs', command: bin('jest'), args: ['-c', 'jest.integration.config.js', '--ci', ...extra] },
];

for (const stage of stages) {
  const started = Date.now();
  process.stdout.write(`\n=== ${stage.name} ===\n`);
  const result = spawnSync(stage.command, stage.args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stderr.write(`\n${stage.name} failed after ${seconds} s\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`=== ${stage.name} passed in ${seconds} s ===\n`);
}
