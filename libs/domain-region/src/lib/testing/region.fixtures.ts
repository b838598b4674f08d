import { Region } from '../region-directory';

/** A region for tests; a kab/kota unless overridden. */
export function aRegion(overrides: Partial<Region> = {}): Region {
  const code = overrides.code ?? '81.71';
  const isProvince = !code.includes('.');
  return {
    code,
    name: isProvince ? 'Maluku' : 'Kota Ambon',
    level: isProvince ? 'provinsi' : 'kabupaten_kota',
    kind: isProvince ? 'provinsi' : 'kota',
    province: code.slice(0, 2),
    ...overrides,
  };
}
