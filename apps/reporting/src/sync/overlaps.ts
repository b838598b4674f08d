import { ProposalFact } from './sync-facts';
import { Overlap, ProposalRef } from './sync-report';

/** A location lies in a kab/kota when it is the kab/kota or a place inside it (`81.71.01`). */
export function locatedIn(location: string, kabKota: string): boolean {
  return location === kabKota || location.startsWith(`${kabKota}.`);
}

function ref(p: ProposalFact): ProposalRef {
  return { id: p.id, region: p.region, subKegiatan: p.subKegiatan, paguIndikatif: p.paguIndikatif, status: p.status, opd: p.opd };
}

/**
 * The province and a kab/kota funding the same kegiatan meaning at the same place: a provincial
 * usulan located in the kab/kota (or a place inside it) and an usulan of that kab/kota with the
 * same kegiatan meaning key. One overlap per pair of usulan, with every shared location.
 */
export function findOverlaps(province: string, candidates: readonly ProposalFact[]): Overlap[] {
  const kabKotaByKey = new Map<string, ProposalFact[]>();
  for (const p of candidates) {
    if (p.region === province || !p.kegiatanKey) continue;
    kabKotaByKey.set(p.kegiatanKey, [...(kabKotaByKey.get(p.kegiatanKey) ?? []), p]);
  }
  const overlaps: Overlap[] = [];
  for (const provincial of candidates) {
    if (provincial.region !== province || !provincial.kegiatanKey) continue;
    for (const local of kabKotaByKey.get(provincial.kegiatanKey) ?? []) {
      const locations = provincial.locations.filter((l) => locatedIn(l, local.region));
      if (locations.length === 0) continue;
      overlaps.push({ kegiatanKey: provincial.kegiatanKey, region: local.region, locations, provinceProposal: ref(provincial), kabKotaProposal: ref(local) });
    }
  }
  return overlaps.sort((a, b) => a.region.localeCompare(b.region) || a.kegiatanKey.localeCompare(b.kegiatanKey) || a.kabKotaProposal.id.localeCompare(b.kabKotaProposal.id));
}
