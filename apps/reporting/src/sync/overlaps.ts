import type { OverlapReviewStateV1 } from '@selaras/contracts';
import type { PairIndex } from './pair-index';
import { ProposalFact } from './sync-facts';
import { Overlap, ProposalRef } from './sync-report';

/** A location lies in a kab/kota when it is the kab/kota or a place inside it (`81.71.01`). */
export function locatedIn(location: string, kabKota: string): boolean {
  return location === kabKota || location.startsWith(`${kabKota}.`);
}

/**
 * Where a province usulan and a kab/kota usulan meet, the more precise place of each meeting:
 * - a provincial location at the kab/kota (`81.71`) meets every location of the kab/kota usulan;
 * - a provincial location inside it (kecamatan `81.71.02`, desa `81.71.02.1001`) meets a kab/kota
 *   location that contains it or lies inside it (the kab/kota as a whole, that kecamatan, a desa
 *   of it), not a neighbouring kecamatan;
 * - a province-wide location (the province code, `81`) meets every location of the kab/kota
 *   usulan: the province funds it everywhere, so also there.
 * Empty when they do not meet.
 */
export function sharedLocations(province: string, provincial: readonly string[], kabKota: string, local: readonly string[]): string[] {
  const shared = new Set<string>();
  for (const p of provincial) {
    if (p === province) {
      for (const l of local) shared.add(l);
      continue;
    }
    if (!locatedIn(p, kabKota)) continue;
    for (const l of local) {
      if (locatedIn(p, l)) shared.add(p);
      else if (locatedIn(l, p)) shared.add(l);
    }
  }
  return [...shared].sort();
}

function ref(p: ProposalFact): ProposalRef {
  return { id: p.id, region: p.region, subKegiatan: p.subKegiatan, subKegiatanName: p.subKegiatanName, paguIndikatif: p.paguIndikatif, status: p.status, opd: p.opd };
}

/**
 * The province and a kab/kota funding the same thing at the same place (DESIGN §6): a
 * provincial usulan and a kab/kota usulan whose sub kegiatan are paired by meaning
 * (`pairSubKegiatan`) and whose locations meet ({@link sharedLocations}). Penunjang is never
 * paired, so never an overlap. One overlap per pair of usulan, with every shared location.
 */
export function findOverlaps(province: string, candidates: readonly ProposalFact[], pairs: PairIndex): Overlap[] {
  const localByCode = new Map<string, ProposalFact[]>();
  for (const p of candidates) {
    if (p.region === province) continue;
    const list = localByCode.get(p.subKegiatan);
    if (list) list.push(p);
    else localByCode.set(p.subKegiatan, [p]);
  }
  const overlaps: Overlap[] = [];
  for (const provincial of candidates) {
    if (provincial.region !== province) continue;
    for (const { kabKota, basis } of pairs.byProv.get(provincial.subKegiatan) ?? []) {
      for (const local of localByCode.get(kabKota) ?? []) {
        const locations = sharedLocations(province, provincial.locations, local.region, local.locations);
        if (locations.length === 0) continue;
        overlaps.push({ id: overlapId(provincial.id, local.id), region: local.region, basis, locations, provinceProposal: ref(provincial), kabKotaProposal: ref(local), review: null, open: true });
      }
    }
  }
  return overlaps.sort((a, b) => a.region.localeCompare(b.region) || a.provinceProposal.subKegiatan.localeCompare(b.provinceProposal.subKegiatan) || a.kabKotaProposal.id.localeCompare(b.kabKotaProposal.id));
}

/**
 * The overlap with its review. A review holds while both usulan keep the sub kegiatan and pagu
 * it was made on: proposals reopens it when they change (and publishes that), but the usulan's
 * change and the reopening come on two topics, so a change seen first already counts here.
 */
export function withReview(overlap: Overlap, review: OverlapReviewStateV1 | undefined): Overlap {
  if (!review) return overlap;
  const unchanged = (side: OverlapReviewStateV1['provinceSide'], now: ProposalRef) => side.subKegiatan === now.subKegiatan && side.paguIndikatif === now.paguIndikatif;
  const holds = review.status === 'reviewed' && unchanged(review.provinceSide, overlap.provinceProposal) && unchanged(review.kabKotaSide, overlap.kabKotaProposal);
  return {
    ...overlap,
    open: !holds,
    review: {
      verdict: review.verdict,
      note: review.note ?? null,
      status: holds ? 'reviewed' : 'reopened',
      reviewedBy: review.reviewedBy,
      reviewedAt: review.reviewedAt,
      reopenedAt: review.reopenedAt ?? null,
      reopenReason: review.reopenReason ?? (holds ? null : 'an usulan changed since the review'),
    },
  };
}

/** An overlap is the pair of usulan: its id names both, province first. */
export function overlapId(provinceProposalId: string, kabKotaProposalId: string): string {
  return `${provinceProposalId}~${kabKotaProposalId}`;
}
