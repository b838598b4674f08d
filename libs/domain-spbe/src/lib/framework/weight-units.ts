const MAX_DECIMALS = 6;

/**
 * The smallest power of ten that turns every weight (in percent) into a whole number of units,
 * so sums and index numerators are exact integers; null when a weight has more than six decimals.
 * PermenPANRB 59/2020 (1.3 %, 2.75 %…) gets 100: basis points.
 */
export function unitsPerPercentFor(weights: readonly number[]): number | null {
  for (let decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
    const scale = 10 ** decimals;
    if (weights.every((w) => Math.abs(w * scale - Math.round(w * scale)) < 1e-9 * scale)) return scale;
  }
  return null;
}

/** A weight in whole units. */
export function toUnits(weightPct: number, unitsPerPercent: number): number {
  return Math.round(weightPct * unitsPerPercent);
}

/** Units back to a percent text without float artefacts: 1300 at 100/percent → `13`, 1250 → `12.5`. */
export function formatPercent(units: number, unitsPerPercent: number): string {
  const decimals = Math.round(Math.log10(unitsPerPercent));
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const whole = Math.floor(abs / unitsPerPercent);
  const fraction = String(abs % unitsPerPercent).padStart(decimals, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}%`;
}
