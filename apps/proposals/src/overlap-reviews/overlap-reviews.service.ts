import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OVERLAP_REVIEW_EVENT_TYPES, OverlapReviewStateV1, OverlapSideV1 } from '@selaras/contracts';
import { provinceOf } from '@selaras/domain-region';
import { OutboxService } from '@selaras/messaging';
import { Caller, canRead, canWrite, ForbiddenError, InvalidInputError, NotFoundError, readForbidden } from '@selaras/service-kit';
import { UsulanEntity } from '../usulan/usulan.entity';
import { ListOverlapReviewsQuery, ReviewOverlapDto } from './dtos/overlap-review.dtos';
import { loadReviews, saveReview } from './overlap-review-store';

/** The overlap of two usulan, as reporting names it: province usulan first. */
export function overlapIdOf(provinceProposalId: string, kabKotaProposalId: string): string {
  return `${provinceProposalId}~${kabKotaProposalId}`;
}

function side(u: UsulanEntity): OverlapSideV1 {
  return { proposalId: u.id, region: u.region, subKegiatan: u.subKegiatan, locations: [...u.locations], paguIndikatif: Number(u.paguIndikatif) };
}

/**
 * The province coordinator's reviews of overlaps. Proposals owns them because it owns the usulan
 * and sees every change of them in the transaction that makes it, so a review reopens
 * atomically with the change that invalidates it (`OverlapReopener`); reporting, which computes
 * the overlaps, rebuilds its view of the reviews from `proposals.overlap-reviews` like any read model.
 */
@Injectable()
export class OverlapReviews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly outbox: OutboxService) {}

  async review(caller: Caller, dto: ReviewOverlapDto): Promise<OverlapReviewStateV1> {
    if (dto.verdict === 'sinergi' && !dto.note?.trim()) {
      throw new InvalidInputError('OVERLAP_NOTE_REQUIRED', 'a sinergi review says how the two usulan co-fund the same thing: give a note', [{ field: 'note', reason: 'required for sinergi' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const [province, kabKota] = await Promise.all([this.usulan(manager, dto.provinceProposalId), this.usulan(manager, dto.kabKotaProposalId)]);
      if (province.region.includes('.')) throw new InvalidInputError('OVERLAP_SIDES_INVALID', `usulan ${province.id} is of ${province.region}, not of a province`, [{ field: 'provinceProposalId', reason: 'must be a province usulan' }]);
      if (provinceOf(kabKota.region) !== province.region || !kabKota.region.includes('.')) {
        throw new InvalidInputError('OVERLAP_SIDES_INVALID', `usulan ${kabKota.id} is of ${kabKota.region}, not a kab/kota of province ${province.region}`, [{ field: 'kabKotaProposalId', reason: 'must be an usulan of a kab/kota of the province' }]);
      }
      if (province.year !== kabKota.year) throw new InvalidInputError('OVERLAP_SIDES_INVALID', `the usulan are of ${province.year} and ${kabKota.year}; an overlap is within one year`, [{ field: 'kabKotaProposalId', reason: 'must be of the same year' }]);
      if (!canWrite(caller, province.region) || !caller.roles.some((r) => r === 'coordinator' || r === 'admin')) {
        throw new ForbiddenError('REGION_FORBIDDEN', `only the coordinator of province ${province.region} reviews its overlaps`);
      }
      const id = overlapIdOf(province.id, kabKota.id);
      const [previous] = await loadReviews(manager, 'id = $1', [id], true);
      const now = new Date().toISOString();
      const state: OverlapReviewStateV1 = {
        id, province: province.region, region: kabKota.region, year: province.year, provinceSide: side(province), kabKotaSide: side(kabKota),
        verdict: dto.verdict, ...(dto.note?.trim() ? { note: dto.note.trim() } : {}), status: 'reviewed', reviewedBy: caller.sub, reviewedAt: now,
        revision: (previous?.revision ?? 0) + 1, updatedAt: now,
      };
      await saveReview(manager, state, OVERLAP_REVIEW_EVENT_TYPES.recorded, {}, (m, ...messages) => this.outbox.append(m, ...messages));
      return state;
    });
  }

  /**
   * Reviews a caller may read: a province's coordinator or viewer every review of the province,
   * a kab/kota the reviews of its own usulan (that is how it sees a `duplikasi` to act on).
   */
  async list(caller: Caller, query: ListOverlapReviewsQuery): Promise<OverlapReviewStateV1[]> {
    const region = query.region ?? caller.region;
    if (!canRead(caller, region)) throw readForbidden(caller, region, 'the overlap reviews of');
    const conditions = [region.includes('.') ? 'region = $1' : 'province = $1'];
    const parameters: unknown[] = [region];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(sql(`$${parameters.length}`));
    };
    if (query.proposal) add((p) => `(province_proposal_id = ${p}::uuid OR kab_kota_proposal_id = ${p}::uuid)`, query.proposal);
    if (query.year) add((p) => `year = ${p}`, query.year);
    if (query.status) add((p) => `status = ${p}`, query.status);
    if (query.verdict) add((p) => `verdict = ${p}`, query.verdict);
    return loadReviews(this.dataSource.manager, conditions.join(' AND '), parameters);
  }

  async history(caller: Caller, id: string): Promise<{ revision: number; type: string; state: OverlapReviewStateV1; at: string }[]> {
    const [current] = await loadReviews(this.dataSource.manager, 'id = $1', [id]);
    if (!current) throw new NotFoundError('OVERLAP_REVIEW_NOT_FOUND', `no review of overlap ${id}`);
    if (!canRead(caller, current.region)) throw readForbidden(caller, current.region, 'the overlap reviews of');
    const rows: { revision: number; event_type: string; state: OverlapReviewStateV1; at: Date }[] = await this.dataSource.query(
      `SELECT revision, event_type, state, at FROM "proposals"."overlap_review_history" WHERE overlap_id = $1 ORDER BY revision`,
      [id],
    );
    return rows.map((r) => ({ revision: r.revision, type: r.event_type, state: r.state, at: new Date(r.at).toISOString() }));
  }

  private async usulan(manager: EntityManager, id: string): Promise<UsulanEntity> {
    const found = await manager.findOne(UsulanEntity, { where: { id } });
    if (!found) throw new NotFoundError('PROPOSAL_NOT_FOUND', `no usulan with id ${id}`);
    return found;
  }
}
