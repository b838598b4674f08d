import { RegionLevel, toRegionCode } from './region-code';

/** The government level as the national nomenclature writes it (`jenis_pemda`). */
export type GovernmentLevel = 'PROV' | 'KABKOT';

const BY_REGION_LEVEL: Readonly<Record<RegionLevel, GovernmentLevel>> = {
  provinsi: 'PROV',
  kabupaten_kota: 'KABKOT',
};

/** `provinsi` → `PROV`, `kabupaten_kota` → `KABKOT`. */
export function governmentLevelOf(level: RegionLevel): GovernmentLevel {
  return BY_REGION_LEVEL[level];
}

/** The nomenclature level a region's government plans at: `81` → `PROV`, `81.71` → `KABKOT`. Throws on a malformed code. */
export function governmentLevelOfRegion(code: string): GovernmentLevel {
  return governmentLevelOf(toRegionCode(code).level);
}
