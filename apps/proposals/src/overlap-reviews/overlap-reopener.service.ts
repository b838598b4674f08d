import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OVERLAP_REVIEW_EVENT_TYPES } from '@selaras/contracts';
import { OutboxService } from '@selaras/messaging';
import type { UsulanEntity } from '../usulan/usulan.entity';
import { loadReviews, saveReview } from './overlap-review-store';
import { reopened, reopenReason } from './reopen-review';

/**
 * Reopens the held reviews of overlaps whose usulan just changed their sub kegiatan, locations or
 * pagu, in the transaction of that change (called by `UsulanWriter.flush`).
 */
@Injectable()
export class OverlapReopener {
  constructor(private readonly outbox: OutboxService) {}

  async afterChanges(manager: EntityManager, changed: readonly UsulanEntity[]): Promise<void> {
    if (changed.length === 0) return;
    const ids = changed.map((u) => u.id);
    const held = await loadReviews(manager, `status = 'reviewed' AND (province_proposal_id = ANY($1::uuid[]) OR kab_kota_proposal_id = ANY($1::uuid[]))`, [ids], true);
    if (held.length === 0) return;
    const byId = new Map(changed.map((u) => [u.id, u]));
    const at = new Date();
    for (const review of held) {
      const reasons = [review.provinceSide.proposalId, review.kabKotaSide.proposalId]
        .map((id) => byId.get(id))
        .flatMap((u) => (u ? [reopenReason(review, { proposalId: u.id, subKegiatan: u.subKegiatan, locations: u.locations, paguIndikatif: Number(u.paguIndikatif) })] : []))
        .filter((r): r is string => r !== null);
      if (reasons.length === 0) continue;
      await saveReview(manager, reopened(review, reasons.join('; '), at), OVERLAP_REVIEW_EVENT_TYPES.reopened, {}, (m, ...messages) => this.outbox.append(m, ...messages));
    }
  }
}
