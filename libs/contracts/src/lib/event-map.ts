import { UsulanBatchV1 } from './inbound/usulan-batch.v1';
import { INBOUND_EVENT_TYPES, UsulanUpsertedV1, UsulanWithdrawnV1 } from './inbound/usulan-inbound.v1';
import { NOMENCLATURE_EVENT_TYPES, NomenclatureEntryV1, NomenclatureVersionEventV1 } from './nomenclature/nomenclature-events.v1';
import { PRIORITY_EVENT_TYPES, PriorityStateV1 } from './priorities/priority-declared.v1';
import { OVERLAP_REVIEW_EVENT_TYPES, OverlapReviewStateV1 } from './proposals/overlap-review.v1';
import { PROPOSAL_EVENT_TYPES, ProposalStateV1 } from './proposals/proposal-state.v1';
import { SPBE_EVENT_TYPES, SpbeIndexComputedV1, SpbeLevelRecordedV1, SpbeTargetSetV1 } from './spbe/spbe-events.v1';
import { InboundRefusedV1, INTEGRATION_EVENT_TYPES, IntegrationActivityV1, RegencyKeyChangedV1 } from './integration/integration-events.v1';
import { TOPICS } from './topics';

type Class<T> = new () => T;

/**
 * The one place that ties an event type to its topic and payload class. Publishing or
 * parsing goes through it, so a type published on the wrong topic or with the wrong
 * payload fails to compile (see `EventPayload<T>`).
 */
export const EVENT_CATALOG = {
  [PROPOSAL_EVENT_TYPES.drafted]: { topic: TOPICS.proposalsEvents.name, payload: ProposalStateV1 },
  [PROPOSAL_EVENT_TYPES.revised]: { topic: TOPICS.proposalsEvents.name, payload: ProposalStateV1 },
  [PROPOSAL_EVENT_TYPES.submitted]: { topic: TOPICS.proposalsEvents.name, payload: ProposalStateV1 },
  [PROPOSAL_EVENT_TYPES.agreed]: { topic: TOPICS.proposalsEvents.name, payload: ProposalStateV1 },
  [PROPOSAL_EVENT_TYPES.rejected]: { topic: TOPICS.proposalsEvents.name, payload: ProposalStateV1 },
  [PROPOSAL_EVENT_TYPES.deferred]: { topic: TOPICS.proposalsEvents.name, payload: ProposalStateV1 },
  [PROPOSAL_EVENT_TYPES.withdrawn]: { topic: TOPICS.proposalsEvents.name, payload: ProposalStateV1 },
  [PROPOSAL_EVENT_TYPES.flagged]: { topic: TOPICS.proposalsEvents.name, payload: ProposalStateV1 },
  [OVERLAP_REVIEW_EVENT_TYPES.recorded]: { topic: TOPICS.proposalsOverlapReviews.name, payload: OverlapReviewStateV1 },
  [OVERLAP_REVIEW_EVENT_TYPES.reopened]: { topic: TOPICS.proposalsOverlapReviews.name, payload: OverlapReviewStateV1 },
  [PRIORITY_EVENT_TYPES.declared]: { topic: TOPICS.proposalsPriorities.name, payload: PriorityStateV1 },
  [PRIORITY_EVENT_TYPES.changed]: { topic: TOPICS.proposalsPriorities.name, payload: PriorityStateV1 },
  [INBOUND_EVENT_TYPES.upserted]: { topic: TOPICS.proposalsInbound.name, payload: UsulanUpsertedV1 },
  [INBOUND_EVENT_TYPES.withdrawn]: { topic: TOPICS.proposalsInbound.name, payload: UsulanWithdrawnV1 },
  [INBOUND_EVENT_TYPES.batch]: { topic: TOPICS.proposalsInbound.name, payload: UsulanBatchV1 },
  [NOMENCLATURE_EVENT_TYPES.entry]: { topic: TOPICS.nomenclatureEntries.name, payload: NomenclatureEntryV1 },
  [NOMENCLATURE_EVENT_TYPES.versionImported]: { topic: TOPICS.nomenclatureEvents.name, payload: NomenclatureVersionEventV1 },
  [NOMENCLATURE_EVENT_TYPES.versionActivated]: { topic: TOPICS.nomenclatureEvents.name, payload: NomenclatureVersionEventV1 },
  [SPBE_EVENT_TYPES.levelRecorded]: { topic: TOPICS.spbeEvents.name, payload: SpbeLevelRecordedV1 },
  [SPBE_EVENT_TYPES.indexComputed]: { topic: TOPICS.spbeEvents.name, payload: SpbeIndexComputedV1 },
  [SPBE_EVENT_TYPES.targetSet]: { topic: TOPICS.spbeEvents.name, payload: SpbeTargetSetV1 },
  [INTEGRATION_EVENT_TYPES.activity]: { topic: TOPICS.proposalsIntegration.name, payload: IntegrationActivityV1 },
  [INTEGRATION_EVENT_TYPES.refused]: { topic: TOPICS.proposalsIntegration.name, payload: InboundRefusedV1 },
  [INTEGRATION_EVENT_TYPES.keyChanged]: { topic: TOPICS.proposalsIntegration.name, payload: RegencyKeyChangedV1 },
} as const satisfies Record<string, { topic: string; payload: Class<object> }>;

export type EventType = keyof typeof EVENT_CATALOG;
export type EventPayload<T extends EventType> = InstanceType<(typeof EVENT_CATALOG)[T]['payload']>;
export type EventTopic<T extends EventType> = (typeof EVENT_CATALOG)[T]['topic'];

export function isKnownEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOG, type);
}

export function topicOf<T extends EventType>(type: T): EventTopic<T> {
  return EVENT_CATALOG[type].topic;
}
