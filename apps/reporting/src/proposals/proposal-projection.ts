import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PROPOSAL_EVENT_TYPES, ProposalStateV1, TOPICS } from '@selaras/contracts';
import { provinceOf } from '@selaras/domain-region';
import { ConsumedEvent, ConsumerHost, EventBatchHandler } from '@selaras/messaging';

export const PROPOSAL_PROJECTION_GROUP = 'reporting.proposal-projection';

/**
 * Keeps the latest state of every usulan from `proposals.events`. Each event carries the full
 * state, so applying one is an upsert guarded by the revision: an older revision arriving late
 * (or again) never overwrites a newer one.
 */
@Injectable()
export class ProposalProjection implements EventBatchHandler, OnModuleInit {
  constructor(private readonly consumers: ConsumerHost) {}

  onModuleInit(): void {
    this.consumers.register({
      groupId: PROPOSAL_PROJECTION_GROUP,
      topics: [TOPICS.proposalsEvents.name],
      types: Object.values(PROPOSAL_EVENT_TYPES),
      handler: this,
      partitionsConsumedConcurrently: 3,
    });
  }

  async apply(manager: EntityManager, events: ConsumedEvent[]): Promise<void> {
    const latest = latestPerProposal(events);
    if (latest.length === 0) return;
    await manager.query(
      `INSERT INTO "reporting"."proposal_view" (id, region, province, year, stage, status, sub_kegiatan, pagu_indikatif, revision, state, last_event_type, updated_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::int[], $10::jsonb[], $11::text[], $12::timestamptz[])
       ON CONFLICT (id) DO UPDATE SET
         region = EXCLUDED.region, province = EXCLUDED.province, year = EXCLUDED.year, stage = EXCLUDED.stage,
         status = EXCLUDED.status, sub_kegiatan = EXCLUDED.sub_kegiatan, pagu_indikatif = EXCLUDED.pagu_indikatif,
         revision = EXCLUDED.revision, state = EXCLUDED.state, last_event_type = EXCLUDED.last_event_type, updated_at = EXCLUDED.updated_at
       WHERE "proposal_view".revision < EXCLUDED.revision`,
      [
        latest.map((l) => l.state.id),
        latest.map((l) => l.state.region),
        latest.map((l) => provinceOf(l.state.region)),
        latest.map((l) => l.state.year),
        latest.map((l) => l.state.stage),
        latest.map((l) => l.state.status),
        latest.map((l) => l.state.subKegiatan),
        latest.map((l) => l.state.paguIndikatif),
        latest.map((l) => l.state.revision),
        latest.map((l) => JSON.stringify(l.state)),
        latest.map((l) => l.type),
        latest.map((l) => l.state.updatedAt),
      ],
    );
  }
}

/** Within one batch only the highest revision of each usulan matters. */
export function latestPerProposal(events: ConsumedEvent[]): { state: ProposalStateV1; type: string }[] {
  const byId = new Map<string, { state: ProposalStateV1; type: string }>();
  for (const { event } of events) {
    const state = event.data as ProposalStateV1;
    const current = byId.get(state.id);
    if (!current || current.state.revision < state.revision) byId.set(state.id, { state, type: event.type });
  }
  return [...byId.values()];
}
