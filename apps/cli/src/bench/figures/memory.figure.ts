import { BenchServiceName } from '../stack/bench-stack';
import { DESIGN_TARGETS } from '../report/design-targets';
import { Figure } from '../report/figure';
import { formatBytesAsMb } from '../report/format';
import { SpbeRound } from './spbe-round';

const SERVICES: readonly BenchServiceName[] = ['nomenclature', 'proposals', 'spbe-indicators', 'reporting'];

/**
 * Peak resident memory (VmHWM) of each service over the whole run, beside the baseline
 * process's peak (the highest of its runs). spbe-indicators' work is the SPBE round at the end.
 */
export function memoryFigures(peaks: Map<string, number>, spbe: SpbeRound): Figure[] {
  const baseline = peaks.get('baseline');
  const notes: Partial<Record<BenchServiceName, string>> = {
    'spbe-indicators': `its work: the final level of each of the ${spbe.indicators} indicators of ${spbe.regions.toLocaleString('en-US')} regions (${(spbe.indicators * spbe.regions).toLocaleString('en-US')} levels), four regions at a time, all in reporting after ${spbe.seconds.toFixed(1)} s (no other figure sends it work)`,
    reporting: 'VmHWM of each process over the whole run (MB = MiB); the baseline is its own process running both of its stages',
  };
  return SERVICES.filter((name) => peaks.has(name)).map((name) => ({
    id: `memory.${name}`,
    label: `Peak resident memory, ${name}`,
    unit: 'MB',
    selaras: formatBytesAsMb(peaks.get(name)!),
    baseline: baseline === undefined ? null : formatBytesAsMb(baseline),
    better: 'lower' as const,
    target: DESIGN_TARGETS.memory(),
    note: notes[name],
  }));
}
