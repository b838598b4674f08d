import { TOPICS } from '@selaras/contracts';
import { NomenclatureProjection } from '../nomenclature/nomenclature-projection';
import { OverlapReviewProjection } from '../overlap-reviews/overlap-review-projection';
import { PriorityProjection } from '../priorities/priority-projection';
import { ProposalProjection } from '../proposals/proposal-projection';
import { SpbeProjection } from '../spbe/spbe-projection';
import { IntegrationProjection } from '../integration-health/integration-projection';
import { Projection, ProjectionTarget } from './projection';

export interface ProjectionSpec {
  /** Becomes the consumer group `reporting.<name>-projection.g<generation>`. */
  name: string;
  topics: string[];
  /** Every partition at once: their chunks are applied in one group transaction (EventConsumer). */
  partitionsConsumedConcurrently: number;
  /**
   * kafkajs consumers of a generation being rebuilt (default one). kafkajs fetches again only
   * after a fetch is applied; with two, one lane's fetch and parsing overlap the other's
   * transaction. Only a rebuild: it logs no changes, so its transactions never queue for the
   * change log's lock, which cost a live generation's latency (bench/README.md, item 13).
   */
  rebuildLanes?: number;
  create(target: ProjectionTarget): Projection;
}

/**
 * Every read model and the topics it is built from. No `types` filter is given to the consumer:
 * each projection sees every message of its topics (and ignores what it does not need) so that
 * its recorded position covers the whole partition.
 */
export const PROJECTIONS: readonly ProjectionSpec[] = [
  { name: 'proposal', topics: [TOPICS.proposalsEvents.name], partitionsConsumedConcurrently: TOPICS.proposalsEvents.partitions, rebuildLanes: 2, create: (t) => new ProposalProjection(t) },
  { name: 'priority', topics: [TOPICS.proposalsPriorities.name], partitionsConsumedConcurrently: TOPICS.proposalsPriorities.partitions, create: (t) => new PriorityProjection(t) },
  {
    name: 'nomenclature',
    topics: [TOPICS.nomenclatureEntries.name, TOPICS.nomenclatureEvents.name],
    // One partition at a time: catalog-batch orders a key's entry and tombstone by offset, which
    // only compares within one partition (a group transaction would merge several).
    partitionsConsumedConcurrently: 1,
    create: (t) => new NomenclatureProjection(t),
  },
  {
    name: 'overlap-review',
    topics: [TOPICS.proposalsOverlapReviews.name],
    partitionsConsumedConcurrently: TOPICS.proposalsOverlapReviews.partitions,
    create: (t) => new OverlapReviewProjection(t),
  },
  { name: 'spbe', topics: [TOPICS.spbeEvents.name], partitionsConsumedConcurrently: TOPICS.spbeEvents.partitions, create: (t) => new SpbeProjection(t) },
  { name: 'integration', topics: [TOPICS.proposalsIntegration.name], partitionsConsumedConcurrently: TOPICS.proposalsIntegration.partitions, create: (t) => new IntegrationProjection(t) },
];

export function projectionGroupId(spec: Pick<ProjectionSpec, 'name'>, generation: number): string {
  return `reporting.${spec.name}-projection.g${generation}`;
}

export function groupIdsOf(generation: number): string[] {
  return PROJECTIONS.map((p) => projectionGroupId(p, generation));
}

export function projectedTopics(): string[] {
  return [...new Set(PROJECTIONS.flatMap((p) => p.topics))];
}
