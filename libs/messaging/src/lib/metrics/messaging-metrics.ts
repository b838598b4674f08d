import { Counter, Histogram, Registry } from 'prom-client';

/**
 * The messaging lib's metrics, in a registry of their own: service-kit's `/metrics` merges it
 * with the service's (messaging cannot import service-kit, which imports messaging). Labels are
 * bounded: consumer groups, topics and event types come from the code, error codes from the
 * stable code lists; never an event id, key or offset.
 */
export const messagingMetricsRegistry = new Registry();

const registers = [messagingMetricsRegistry];
const durationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const consumerEventsConsumed = new Counter({
  name: 'selaras_consumer_events_consumed_total',
  help: 'Events a consumer group read and parsed (a batch message counts each event it carries), by topic and type',
  labelNames: ['group', 'topic', 'type'] as const,
  registers,
});

export const consumerEventsApplied = new Counter({
  name: 'selaras_consumer_events_applied_total',
  help: 'Events a consumer group applied in a committed transaction, by topic and type',
  labelNames: ['group', 'topic', 'type'] as const,
  registers,
});

export const consumerEventsDuplicate = new Counter({
  name: 'selaras_consumer_events_duplicate_total',
  help: 'Events skipped because the group had applied them before (inbox), by topic and type',
  labelNames: ['group', 'topic', 'type'] as const,
  registers,
});

export const consumerEventsDeadLettered = new Counter({
  name: 'selaras_consumer_events_dead_lettered_total',
  help: 'Messages or events sent to the dead-letter topic, by origin topic and error code',
  labelNames: ['group', 'topic', 'code'] as const,
  registers,
});

export const consumerBatchDuration = new Histogram({
  name: 'selaras_consumer_batch_duration_seconds',
  help: 'From a fetched chunk handed to the consumer until its offset could be committed (parse, wait for the group transaction, apply, dead letters)',
  labelNames: ['group'] as const,
  buckets: durationBuckets,
  registers,
});

export const consumerTransactionDuration = new Histogram({
  name: 'selaras_consumer_transaction_duration_seconds',
  help: 'Duration of one applying database transaction of a consumer group, committed or not',
  labelNames: ['group', 'result'] as const,
  buckets: durationBuckets,
  registers,
});

export const outboxPublishDuration = new Histogram({
  name: 'selaras_outbox_publish_duration_seconds',
  help: 'One relay batch: read the oldest unpublished rows, send them with acks=all, mark them',
  labelNames: ['service'] as const,
  buckets: durationBuckets,
  registers,
});

export const outboxPublished = new Counter({
  name: 'selaras_outbox_published_total',
  help: 'Outbox rows the relay published',
  labelNames: ['service'] as const,
  registers,
});
