import { parseRegionCode, RegionLevel } from './region-code';
import { RegionDirectoryInvalidError } from './region-code.errors';

/** `kabupaten` and `kota` are both level `kabupaten_kota`; the code tells them apart (KK 01–69 vs 71–99). */
export type RegionKind = 'provinsi' | 'kabupaten' | 'kota';

export interface Region {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly kind: RegionKind;
  /** Province code; equals `code` for a province. */
  readonly province: string;
}

/**
 * The provinces and kabupaten/kota of Indonesia, looked up by kode wilayah.
 * Immutable; build it with {@link loadRegionDirectory} or from your own rows.
 */
export class RegionDirectory {
  private readonly byCode = new Map<string, Region>();
  private readonly kabKotaByProvince = new Map<string, Region[]>();

  /** Throws {@link RegionDirectoryInvalidError} listing every duplicate, malformed or orphan entry. */
  constructor(regions: Iterable<Region>) {
    const problems: string[] = [];
    for (const region of regions) {
      const parsed = parseRegionCode(region.code);
      if (!parsed.ok) problems.push(parsed.error.message);
      else if (parsed.value.level !== region.level) problems.push(`${region.code} is a ${parsed.value.level} code but is listed as ${region.level}`);
      else if (parsed.value.province !== region.province) problems.push(`${region.code} is listed under province ${region.province}`);
      else if (this.byCode.has(region.code)) problems.push(`${region.code} is listed twice`);
      else this.byCode.set(region.code, region);
    }
    for (const region of this.byCode.values()) {
      if (region.level !== 'kabupaten_kota') continue;
      if (!this.byCode.has(region.province)) problems.push(`${region.code} belongs to province ${region.province}, which is not listed`);
      const siblings = this.kabKotaByProvince.get(region.province) ?? [];
      siblings.push(region);
      this.kabKotaByProvince.set(region.province, siblings);
    }
    if (problems.length > 0) throw new RegionDirectoryInvalidError(problems);
    for (const siblings of this.kabKotaByProvince.values()) siblings.sort(byCode);
  }

  /** Number of regions (provinces and kabupaten/kota). */
  get size(): number {
    return this.byCode.size;
  }

  /** The region with this code; undefined when unknown (codes are compared as text: `11.1` is not `11.10`). */
  get(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  /** True when the code names a province or kabupaten/kota in the directory. */
  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** The region's name, e.g. `Kota Ambon` for `81.71`; undefined when unknown. */
  name(code: string): string | undefined {
    return this.byCode.get(code)?.name;
  }

  /** Every province, ordered by code. */
  provinces(): Region[] {
    return [...this.byCode.values()].filter((r) => r.level === 'provinsi').sort(byCode);
  }

  /** The kabupaten/kota of a province, ordered by code; empty for an unknown province. */
  kabKotaOf(province: string): Region[] {
    return [...(this.kabKotaByProvince.get(province) ?? [])];
  }

  /** Every region, ordered by code. */
  all(): Region[] {
    return [...this.byCode.values()].sort(byCode);
  }
}

function byCode(a: Region, b: Region): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
