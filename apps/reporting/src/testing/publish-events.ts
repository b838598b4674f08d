import { Kafka } from 'kafkajs';
import {
  buildEvent, NOMENCLATURE_EVENT_TYPES, NomenclatureEntryV1, NomenclatureVersionEventV1, PRIORITY_EVENT_TYPES, PriorityStateV1,
  PROPOSAL_EVENT_TYPES, ProposalStateV1, ProposalStatus, SPBE_EVENT_TYPES, spbeEventKey, SpbeIndexComputedV1, SpbeTargetSetV1, TOPICS,
} from '@selaras/contracts';
import { produce } from '@selaras/testing';

/**
 * Publishes events the way their owners do (same topics, keys and envelopes), so reporting's
 * tests do not wait for the other services.
 */
const TYPE_OF_STATUS: Record<ProposalStatus, (typeof PROPOSAL_EVENT_TYPES)[keyof typeof PROPOSAL_EVENT_TYPES]> = {
  draft: PROPOSAL_EVENT_TYPES.drafted,
  submitted: PROPOSAL_EVENT_TYPES.submitted,
  agreed: PROPOSAL_EVENT_TYPES.agreed,
  rejected: PROPOSAL_EVENT_TYPES.rejected,
  deferred: PROPOSAL_EVENT_TYPES.deferred,
  withdrawn: PROPOSAL_EVENT_TYPES.withdrawn,
};

export async function publishProposals(kafka: Kafka, states: readonly ProposalStateV1[]): Promise<void> {
  await produce(
    kafka,
    TOPICS.proposalsEvents.name,
    states.map((state) => ({
      key: state.id,
      value: JSON.stringify(buildEvent(TYPE_OF_STATUS[state.status], state, { source: `/regions/${state.region}/opd/${state.opd.code}`, subject: state.id, region: state.region })),
    })),
  );
}

/** The states of one usulan going through `statuses`, revision 1, 2, …; the last is its current state. */
export function revisions(state: ProposalStateV1, statuses: readonly ProposalStatus[]): ProposalStateV1[] {
  return statuses.map((status, i) => ({ ...state, status, revision: i + 1 }));
}

export async function publishPriorities(kafka: Kafka, states: readonly PriorityStateV1[]): Promise<void> {
  await produce(
    kafka,
    TOPICS.proposalsPriorities.name,
    states.map((state) => ({
      key: state.id,
      value: JSON.stringify(
        buildEvent(state.revision === 1 ? PRIORITY_EVENT_TYPES.declared : PRIORITY_EVENT_TYPES.changed, state, { source: `/regions/${state.province}`, subject: state.id, region: state.province }),
      ),
    })),
  );
}

/** Entries (value) and retirements (tombstone, null value) on the compacted topic, in this order. */
export async function publishCatalog(kafka: Kafka, entries: readonly (NomenclatureEntryV1 | { tombstone: string })[]): Promise<void> {
  await produce(
    kafka,
    TOPICS.nomenclatureEntries.name,
    entries.map((e) =>
      'tombstone' in e
        ? { key: e.tombstone, value: null }
        : { key: `${e.level}:${e.code}`, value: JSON.stringify(buildEvent(NOMENCLATURE_EVENT_TYPES.entry, e, { source: '/services/nomenclature', subject: `${e.level}:${e.code}` })) },
    ),
  );
}

export async function publishActivation(kafka: Kafka, activation: NomenclatureVersionEventV1): Promise<void> {
  await produce(kafka, TOPICS.nomenclatureEvents.name, [
    {
      key: activation.versionId,
      value: JSON.stringify(buildEvent(NOMENCLATURE_EVENT_TYPES.versionActivated, activation, { source: '/services/nomenclature', subject: activation.versionId })),
    },
  ]);
}

export async function publishSpbe(kafka: Kafka, events: readonly ({ index: SpbeIndexComputedV1 } | { target: SpbeTargetSetV1 })[]): Promise<void> {
  await produce(
    kafka,
    TOPICS.spbeEvents.name,
    events.map((e) => {
      const data = 'index' in e ? e.index : e.target;
      const meta = { source: '/services/spbe-indicators', subject: spbeEventKey(data.region, data.year), region: data.region };
      return {
        key: spbeEventKey(data.region, data.year),
        value: JSON.stringify('index' in e ? buildEvent(SPBE_EVENT_TYPES.indexComputed, e.index, meta) : buildEvent(SPBE_EVENT_TYPES.targetSet, e.target, meta)),
      };
    }),
  );
}
