/**
 * The topic registry: every topic Selaras uses, with its partition count and settings.
 * Services create the topics they produce or consume from this list at start-up, so a
 * fresh broker needs no manual set-up. Never change the partition count of a live topic:
 * it moves keys to other partitions and breaks per-aggregate ordering.
 */
export interface TopicSpec {
  readonly name: string;
  readonly partitions: number;
  readonly compacted?: boolean;
  /** Who may produce to it (documentation and AsyncAPI). */
  readonly producer: string;
}

export const TOPICS = {
  proposalsInbound: { name: 'proposals.inbound', partitions: 6, producer: 'regency systems (untrusted)' },
  proposalsEvents: { name: 'proposals.events', partitions: 6, producer: 'proposals' },
  proposalsPriorities: { name: 'proposals.priorities', partitions: 3, producer: 'proposals' },
  /** Coordinators' reviews of overlaps (issue 26), key: the overlap id. */
  proposalsOverlapReviews: { name: 'proposals.overlap-reviews', partitions: 3, producer: 'proposals' },
  nomenclatureEntries: { name: 'nomenclature.entries', partitions: 3, compacted: true, producer: 'nomenclature' },
  nomenclatureEvents: { name: 'nomenclature.events', partitions: 1, producer: 'nomenclature' },
  spbeEvents: { name: 'spbe.events', partitions: 3, producer: 'spbe-indicators' },
  /** Integration health: what proposals accepted and refused from each region, and its keys (key: region). */
  proposalsIntegration: { name: 'proposals.integration', partitions: 3, producer: 'proposals' },
} as const satisfies Record<string, TopicSpec>;

export type TopicKey = keyof typeof TOPICS;
export type TopicName = (typeof TOPICS)[TopicKey]['name'];

/** The dead-letter topic of a topic: same partition count, never compacted. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

/** Every topic including its dead-letter twin, ready for an admin `createTopics` call. */
export function allTopicSpecs(): TopicSpec[] {
  return Object.values(TOPICS).flatMap((t: TopicSpec) => [
    t,
    { name: deadLetterTopicOf(t.name), partitions: t.partitions, producer: 'consumers of ' + t.name },
  ]);
}

/** Headers carried by a dead-lettered message, so operators can find its origin and reason. */
export const DLQ_HEADERS = {
  originTopic: 'x-origin-topic',
  originPartition: 'x-origin-partition',
  originOffset: 'x-origin-offset',
  errorCode: 'x-error-code',
  errorReason: 'x-error-reason',
  consumerGroup: 'x-consumer-group',
  /** For an event refused out of a batch (`proposals.usulan.batch.v1`): the batch's id and the event's place in it. */
  originBatch: 'x-origin-batch',
  originBatchIndex: 'x-origin-batch-index',
} as const;
