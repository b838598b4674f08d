import { BenchServiceName } from '../stack/bench-stack';
import { Figure } from '../report/figure';
import { formatBytesAsMb } from '../report/format';

const SERVICES: readonly BenchServiceName[] = ['nomenclature', 'proposals', 'reporting'];

/**
 * Peak resident memory (VmHWM) of each service over the whole run, beside the baseline
 * process's peak (the highest of its runs).
 */
export function memoryFigures(peaks: Map<string, number>): Figure[] {
  const baseline = peaks.get('baseline');
  return SERVICES.filter((name) => peaks.has(name)).map((name) => ({
    id: `memory.${name}`,
    label: `Peak resident memory, ${name}`,
    unit: 'MB',
    selaras: formatBytesAsMb(peaks.get(name)!),
    baseline: baseline === undefined ? null : formatBytesAsMb(baseline),
    better: 'lower' as const,
    target: { op: '<' as const, value: 256 },
    note: name === 'reporting' ? 'VmHWM of each process over the whole run (MB = MiB); the baseline is its own process running both of its stages' : undefined,
  }));
}
