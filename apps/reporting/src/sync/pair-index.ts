import type { PairBasis, SubKegiatanPair } from '@selaras/domain-nomenclature';

/** The sub kegiatan pairs of one catalog, looked up by either side. */
export interface PairIndex {
  /** `activeVersion:entries` of the catalog the pairs were computed from. */
  readonly catalogKey: string;
  readonly size: number;
  /** PROV code → its KABKOT counterparts with the basis. */
  readonly byProv: ReadonlyMap<string, readonly { kabKota: string; basis: PairBasis }[]>;
}

export function pairIndex(catalogKey: string, pairs: readonly SubKegiatanPair[]): PairIndex {
  const byProv = new Map<string, { kabKota: string; basis: PairBasis }[]>();
  for (const p of pairs) {
    const list = byProv.get(p.prov);
    if (list) list.push({ kabKota: p.kabKota, basis: p.basis });
    else byProv.set(p.prov, [{ kabKota: p.kabKota, basis: p.basis }]);
  }
  return { catalogKey, size: pairs.length, byProv };
}

export const NO_PAIRS: PairIndex = pairIndex('', []);
