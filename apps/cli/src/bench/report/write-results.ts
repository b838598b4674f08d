import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Figure } from './figure';
import { MachineInfo } from './machine';
import { renderResults } from './render-table';

export interface BenchResults {
  machine: MachineInfo;
  sizes: string;
  durationSeconds: number;
  figures: Figure[];
}

/** `latest.json` (everything) and `latest.md` (the table), meant to be committed. */
export function writeResults(dir: string, results: BenchResults): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'latest.json');
  const markdown = join(dir, 'latest.md');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(markdown, renderResults(results.figures, results.machine, results.sizes));
  return { json, markdown };
}
