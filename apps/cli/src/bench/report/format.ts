import { Target } from './figure';

/** `12345.6` → `12,346`; small values keep up to `digits` decimals (`0.42`). */
export function formatNumber(value: number, digits = 1): string {
  const abs = Math.abs(value);
  const decimals = abs >= 100 ? 0 : abs >= 10 ? Math.min(digits, 1) : digits;
  return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
}

/**
 * Selaras' figure divided by the baseline's, as `0.48×` or `3.1×`. Always this way round, so a
 * reader knows how to read it: for a throughput below 1× is slower, for a time above 1× is slower.
 */
export function formatRatio(selaras: number, baseline: number | null): string {
  if (baseline === null || baseline === 0 || !Number.isFinite(baseline)) return '—';
  const ratio = selaras / baseline;
  if (ratio >= 10) return `${ratio.toFixed(0)}×`;
  if (ratio >= 0.1) return `${ratio.toFixed(2)}×`;
  return `${ratio.toPrecision(2)}×`;
}

export function formatTarget(target: Target | undefined, unit: string): string {
  if (!target) return '';
  return `${target.op === '>=' ? '≥' : '<'} ${formatNumber(target.value)} ${unit}`;
}

export function formatBytesAsMb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
