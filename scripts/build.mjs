#!/usr/bin/env node
// Compiles apps/ and libs/ to JavaScript under dist/ with SWC — the same transform that runs the
// sources under @swc-node/register and jest — so a deployed service starts with plain `node`:
//
//   node scripts/build.mjs            # → dist/apps/<service>/src/main.js
//   node dist/apps/reporting/src/main.js
//
// Why: `node -r @swc-node/register` keeps ~60 MB per process resident (the TypeScript compiler
// it loads to read tsconfig), a quarter of the 256 MB each service may use (DESIGN §8,
// bench/README.md). The tree is mirrored, so paths the code takes relative to `__dirname` (the
// nomenclature and region data, the SPBE framework, the dashboard) still hold: every file that
// is not TypeScript is copied beside the compiled code. `@selaras/*` imports become relative
// paths (tsconfig.base.json "paths"). Specs are left out.
import { transformFile } from '@swc/core';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist');
const TREES = ['apps', 'libs'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'tmp', 'coverage']);
const isSpec = (name) => /\.(spec|integration-spec)\.ts$/.test(name);

/** The options of .swcrc (what jest and @swc-node/register use), plus tsconfig's path aliases. */
function swcOptions() {
  const swcrc = JSON.parse(readFileSync(join(ROOT, '.swcrc'), 'utf8'));
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'));
  delete swcrc.$schema;
  return { ...swcrc, swcrc: false, configFile: false, jsc: { ...swcrc.jsc, baseUrl: ROOT, paths: compilerOptions.paths } };
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* walk(join(dir, entry.name));
    } else if (entry.isFile()) {
      yield join(dir, entry.name);
    }
  }
}

export async function build({ quiet = false } = {}) {
  const started = Date.now();
  const options = swcOptions();
  rmSync(OUT, { recursive: true, force: true });
  let compiled = 0;
  let copied = 0;
  const jobs = [];
  for (const tree of TREES) {
    for (const file of walk(join(ROOT, tree))) {
      const target = join(OUT, relative(ROOT, file));
      mkdirSync(dirname(target), { recursive: true });
      if (file.endsWith('.d.ts')) continue;
      if (file.endsWith('.ts')) {
        if (isSpec(file)) continue;
        const js = target.replace(/\.ts$/, '.js');
        jobs.push(
          transformFile(file, { ...options, filename: file }).then(({ code, map }) => {
            writeFileSync(js, `${code}\n//# sourceMappingURL=${js.split('/').pop()}.map\n`);
            if (map) writeFileSync(`${js}.map`, map);
            compiled++;
          }),
        );
      } else {
        copyFileSync(file, target);
        copied++;
      }
    }
  }
  await Promise.all(jobs);
  if (!quiet) process.stdout.write(`build: ${compiled} files compiled, ${copied} copied to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return { compiled, copied };
}

/** The compiled entry of a TypeScript entry point (`apps/reporting/src/main.ts`), built or not. */
export function compiledEntry(entry) {
  return join(OUT, entry.replace(/\.ts$/, '.js'));
}

export function isBuilt(entry) {
  return existsSync(compiledEntry(entry));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  build().catch((error) => {
    process.stderr.write(`build failed: ${error.message}\n`);
    process.exit(1);
  });
}
