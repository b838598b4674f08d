import type { FieldViolation } from '@selaras/contracts';
import { locationWithin } from '@selaras/domain-region';

/** Every location must lie inside the usulan's own region (kab/kota, or the province's territory). */
export function locationViolations(region: string, locations: readonly string[]): FieldViolation[] {
  return locations
    .map((location, i) => ({ location, i }))
    .filter(({ location }) => !locationWithin(location, region))
    .map(({ location, i }) => ({ field: `locations[${i}]`, reason: `${location} is outside region ${region}; a location must be ${region} or inside it` }));
}
