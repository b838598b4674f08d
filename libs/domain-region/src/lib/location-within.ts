/**
 * Whether a location (kode wilayah down to kecamatan `81.71.01` or desa `81.71.01.2001`) lies in
 * a region: the region itself or any place whose code continues it. Text comparison by
 * segments, so `81.710` is not inside `81.71`.
 */
export function locationWithin(location: string, region: string): boolean {
  return location === region || location.startsWith(`${region}.`);
}
