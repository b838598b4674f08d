import { parseRegionCode, RegionLevel, toRegionCode } from './region-code';

/** The province a region belongs to: `provinceOf('81.71') === '81'`, `provinceOf('81') === '81'`. Throws on a malformed code. */
export function provinceOf(code: string): string {
  return toRegionCode(code).province;
}

/** `provinsi` or `kabupaten_kota`. Throws on a malformed code. */
export function regionLevelOf(code: string): RegionLevel {
  return toRegionCode(code).level;
}

/**
 * True when `authority` may act for `region`: a province covers itself and each of its
 * kabupaten/kota; a kabupaten/kota covers only itself. A malformed code covers nothing and
 * is covered by nothing (false, never a throw), so a bad token claim cannot widen access.
 */
export function isWithin(region: string, authority: string): boolean {
  const r = parseRegionCode(region);
  const a = parseRegionCode(authority);
  if (!r.ok || !a.ok) return false;
  if (a.value.level === 'kabupaten_kota') return r.value.code === a.value.code;
  return r.value.province === a.value.code;
}
