import { OverlapReviewStateV1, OverlapSideV1 } from '@selaras/contracts';

/** What of an usulan a review depends on. */
export type ReviewedFields = Pick<OverlapSideV1, 'proposalId' | 'subKegiatan' | 'locations' | 'paguIndikatif'>;

/**
 * Why a held review no longer holds: either usulan changed its sub kegiatan, its locations or
 * its pagu since it was reviewed (a status change or a new target does not reopen it). Null
 * when nothing that matters changed.
 */
export function reopenReason(review: OverlapReviewStateV1, current: ReviewedFields): string | null {
  const side = review.provinceSide.proposalId === current.proposalId ? review.provinceSide : review.kabKotaSide.proposalId === current.proposalId ? review.kabKotaSide : null;
  if (!side) return null;
  const changes: string[] = [];
  if (side.subKegiatan !== current.subKegiatan) changes.push(`sub kegiatan ${side.subKegiatan} → ${current.subKegiatan}`);
  if ([...side.locations].sort().join(',') !== [...current.locations].sort().join(',')) changes.push(`lokasi ${side.locations.join(', ')} → ${current.locations.join(', ')}`);
  if (side.paguIndikatif !== current.paguIndikatif) changes.push(`pagu ${side.paguIndikatif} → ${current.paguIndikatif}`);
  return changes.length === 0 ? null : `usulan ${current.proposalId}: ${changes.join('; ')}`;
}

/** The review reopened: the same verdict kept for the record, status `reopened`, a new revision. */
export function reopened(review: OverlapReviewStateV1, reason: string, at: Date): OverlapReviewStateV1 {
  return { ...review, status: 'reopened', reopenedAt: at.toISOString(), reopenReason: reason, revision: review.revision + 1, updatedAt: at.toISOString() };
}
