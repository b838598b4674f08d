import { SpbeFramework } from '../framework/validate-framework';
import { IndexScore } from './index-score';

/**
 * The predikat of an index under the framework's thresholds (PermenPANRB 59/2020: ≥ 4.2
 * Memuaskan, ≥ 3.5 Sangat Baik, ≥ 2.6 Baik, ≥ 1.8 Cukup, else Kurang). It is read from the
 * published two-decimal value, so the number and the predikat printed beside it always agree
 * (an exact 2.595 is published as 2.60 and is Baik). A plain number is taken to two decimals.
 */
export function predikatOf(framework: SpbeFramework, index: number | IndexScore): string {
  const hundredths = typeof index === 'number' ? Math.round(index * 100) : index.hundredths;
  const thresholds = framework.definition.predikat;
  const hit = thresholds.find((p) => hundredths >= Math.round(p.min * 100));
  return (hit ?? thresholds[thresholds.length - 1]).name;
}
