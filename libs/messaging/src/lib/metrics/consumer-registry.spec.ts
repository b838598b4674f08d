import { Admin, Kafka } from 'kafkajs';
import { joiningConsumerGroups, lagOf, observeConsumer } from './consumer-registry';
import { countByTopicAndCode, countByTopicAndType, errorCodeLabel, eventTypeLabel } from './event-tally';
import { consumerEventsApplied, consumerEventsDeadLettered, messagingMetricsRegistry } from './messaging-metrics';
import { readiness } from '../health/readiness';

const kafka = {} as Kafka;

describe('consumer metrics', () => {
  it('computes lag as high watermark minus committed offset, from the log start when nothing is committed', async () => {
    const admin = {
      fetchTopicOffsets: async () => [{ partition: 0, low: '5', high: '20', offset: '20' }, { partition: 1, low: '0', high: '7', offset: '7' }],
      fetchOffsets: async () => [{ topic: 't', partitions: [{ partition: 0, offset: '-1', metadata: null }, { partition: 1, offset: '7', metadata: null }] }],
    } as unknown as Pick<Admin, 'fetchTopicOffsets' | 'fetchOffsets'>;
    const samples = await lagOf(admin, [{ groupId: 'g', topics: ['t'], kafka, joined: () => true }]);
    expect(samples).toEqual([{ groupId: 'g', topic: 't', partition: 0, lag: 15 }, { groupId: 'g', topic: 't', partition: 1, lag: 0 }]);
  });

  it('is not ready while a group joins or a hold is declared, and ready again after', () => {
    let joined = false;
    const unobserve = observeConsumer({ groupId: 'g.joining', topics: ['t'], kafka, joined: () => joined });
    expect(joiningConsumerGroups()).toEqual(['g.joining']);
    expect(readiness.reasons()).toEqual(['consumer group g.joining is joining']);
    joined = true;
    readiness.hold('switch', 'switching to read-model generation 2');
    expect(readiness.reasons()).toEqual(['switching to read-model generation 2']);
    readiness.release('switch');
    unobserve();
    expect(readiness.reasons()).toEqual([]);
  });

  it('counts a chunk per topic and type once, and bounds the labels a sender chooses', async () => {
    const events = [
      { topic: 'proposals.events', event: { type: 'proposals.proposal.drafted.v1' } },
      { topic: 'proposals.events', event: { type: 'proposals.proposal.drafted.v1' } },
      { topic: 'proposals.events', event: { type: 'made.up.by.a.sender' } },
    ];
    countByTopicAndType(consumerEventsApplied, 'spec.g', events);
    countByTopicAndCode(consumerEventsDeadLettered, 'spec.g', [{ topic: 'proposals.inbound', code: 'EVENT_PAYLOAD_INVALID' }, { topic: 'proposals.inbound', code: 'not a code <script>' }]);
    const text = await messagingMetricsRegistry.getSingleMetricAsString('selaras_consumer_events_applied_total');
    expect(text).toContain('selaras_consumer_events_applied_total{group="spec.g",topic="proposals.events",type="proposals.proposal.drafted.v1"} 2');
    expect(text).toContain('selaras_consumer_events_applied_total{group="spec.g",topic="proposals.events",type="unknown"} 1');
    expect(await messagingMetricsRegistry.getSingleMetricAsString('selaras_consumer_events_dead_lettered_total')).toContain('code="unknown"');
    expect([eventTypeLabel('x'), errorCodeLabel('SUB_KEGIATAN_UNKNOWN')]).toEqual(['unknown', 'SUB_KEGIATAN_UNKNOWN']);
  });
});
