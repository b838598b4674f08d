/** Which way a figure improves. */
export type Better = 'higher' | 'lower';

/** A DESIGN §8 target: the figure must be at least, or below, this value. */
export interface Target {
  op: '>=' | '<';
  value: number;
}

/** One line of the results: Selaras' number and the raw kafkajs + pg pipeline's, same run. */
export interface Figure {
  /** Stable id, e.g. `replay`, `latency.p99`, `memory.reporting`. */
  id: string;
  label: string;
  unit: string;
  selaras: number;
  /** Null when the baseline has no such figure. */
  baseline: number | null;
  better: Better;
  target?: Target;
  /** How it was measured, in a few words (sizes, counts). */
  note?: string;
  /** How the figure divides, where it is a sum (CPU per process), in the figure's unit. */
  parts?: { selaras: Record<string, number>; baseline: Record<string, number> };
}

export function meetsTarget(value: number, target: Target | undefined): boolean | null {
  if (!target) return null;
  return target.op === '>=' ? value >= target.value : value < target.value;
}
