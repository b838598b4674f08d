#!/usr/bin/env node
// `npm run mutate`: Stryker over the scope of stryker.config.mjs, then the mutation score of
// each folder (killed + timed out ÷ all valid mutants, as Stryker counts it) and a floor below
// which it fails. The floor is the promise the README states; raise it, never lower it quietly.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FLOOR = Number(process.env.MUTATION_FLOOR ?? 80);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = spawnSync(join(root, 'node_modules', '.bin', 'stryker'), ['run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(join(root, 'tmp/mutation/mutation.json'), 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const folders = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = dirname(file);
  const tally = folders.get(folder) ?? { detected: 0, undetected: 0, survivors: [] };
  for (const m of mutants) {
    if (DETECTED.has(m.status)) tally.detected++;
    else if (UNDETECTED.has(m.status)) {
      tally.undetected++;
      tally.survivors.push(`${file}:${m.location.start.line} ${m.mutatorName}${m.replacement ? ` → ${m.replacement.slice(0, 60)}` : ''}`);
    }
  }
  folders.set(folder, tally);
}

const rows = [...folders.entries()].sort(([a], [b]) => a.localeCompare(b));
const score = (t) => (t.detected + t.undetected === 0 ? 100 : (100 * t.detected) / (t.detected + t.undetected));
console.log('\n| folder | mutants | detected | score |\n| --- | --- | --- | --- |');
for (const [folder, t] of rows) console.log(`| ${folder} | ${t.detected + t.undetected} | ${t.detected} | ${score(t).toFixed(1)} % |`);
const below = rows.filter(([, t]) => score(t) < FLOOR);
if (process.env.MUTATION_SURVIVORS) for (const [, t] of rows) for (const s of t.survivors) console.log(`survived: ${s}`);
if (below.length > 0) {
  console.error(`\nbelow the floor of ${FLOOR} %: ${below.map(([f, t]) => `${f} (${score(t).toFixed(1)} %)`).join(', ')}`);
  process.exit(1);
}
console.log(`\nevery folder at or above the floor of ${FLOOR} %`);
