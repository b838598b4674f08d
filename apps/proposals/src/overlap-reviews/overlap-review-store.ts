import { EntityManager } from 'typeorm';
import { buildEvent, OverlapReviewEventType, OverlapReviewStateV1 } from '@selaras/contracts';
import { OutboxMessage } from '@selaras/messaging';

/** Reviews as stored: the state document is the event's payload. */
export async function loadReviews(manager: EntityManager, where: string, parameters: unknown[], lock = false): Promise<OverlapReviewStateV1[]> {
  const rows: { state: OverlapReviewStateV1 }[] = await manager.query(
    `SELECT state FROM "proposals"."overlap_review" WHERE ${where} ORDER BY updated_at, id${lock ? ' FOR UPDATE' : ''}`,
    parameters,
  );
  return rows.map((r) => r.state);
}

/** Writes a review's new revision, its history row and its event, in the caller's transaction. */
export async function saveReview(
  manager: EntityManager,
  state: OverlapReviewStateV1,
  type: OverlapReviewEventType,
  meta: { correlationid?: string; causationid?: string },
  appendToOutbox: (manager: EntityManager, ...messages: OutboxMessage[]) => Promise<void>,
): Promise<void> {
  await manager.query(
    `INSERT INTO "proposals"."overlap_review" (id, province, region, year, province_proposal_id, kab_kota_proposal_id, status, verdict, revision, state, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11)
     ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, verdict = EXCLUDED.verdict, revision = EXCLUDED.revision, state = EXCLUDED.state, updated_at = EXCLUDED.updated_at`,
    [state.id, state.province, state.region, state.year, state.provinceSide.proposalId, state.kabKotaSide.proposalId, state.status, state.verdict, state.revision, JSON.stringify(state), state.updatedAt],
  );
  const event = buildEvent(type, state, { source: `/regions/${state.province}/overlap-reviews`, subject: state.id, region: state.province, ...meta });
  await manager.query(
    `INSERT INTO "proposals"."overlap_review_history" (overlap_id, revision, event_type, event_id, state, at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
    [state.id, state.revision, type, event.id, JSON.stringify(state), state.updatedAt],
  );
  await appendToOutbox(manager, { event, key: state.id });
}
