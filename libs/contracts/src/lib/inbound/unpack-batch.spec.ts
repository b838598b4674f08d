import { buildEvent } from '../build-event';
import { parseEvent } from '../parse-event';
import { aUsulan, contractErrorCodeOf as codeOf } from '../testing/fixtures';
import { MAX_BATCH_EVENTS, UsulanBatchV1 } from './usulan-batch.v1';
import { INBOUND_EVENT_TYPES } from './usulan-inbound.v1';
import { unpackBatch } from './unpack-batch';

const SINGLE = [INBOUND_EVENT_TYPES.upserted, INBOUND_EVENT_TYPES.withdrawn];
const meta = { source: '/regions/81.71/sipd', region: '81.71' };
const upsert = (externalId: string) => buildEvent(INBOUND_EVENT_TYPES.upserted, { ...aUsulan(), externalId, status: 'submitted' }, { ...meta, subject: externalId });
const batchOf = (events: unknown[]) => parseEvent(JSON.parse(JSON.stringify(buildEvent(INBOUND_EVENT_TYPES.batch, { region: '81.71', events } as UsulanBatchV1, { ...meta, subject: '81.71' }))), [INBOUND_EVENT_TYPES.batch]);

describe(unpackBatch.name, () => {
  it('gives each event of a batch in order, validated like a message of its own', () => {
    const events = [upsert('a'), upsert('b')];
    const unpacked = unpackBatch(batchOf(events), SINGLE);
    expect(unpacked.map((u) => [u.index, u.event?.id, u.event?.type])).toEqual([[0, events[0].id, INBOUND_EVENT_TYPES.upserted], [1, events[1].id, INBOUND_EVENT_TYPES.upserted]]);
    expect(unpacked[1].sent).toEqual(JSON.parse(JSON.stringify(events[1])));
  });

  it('refuses only the faulty event, naming its place in the batch and what is wrong', () => {
    const bad = { ...upsert('b'), data: { ...upsert('b').data, paguIndikatif: 1.5 } };
    const batch = batchOf([upsert('a'), bad, { not: 'an event' }, upsert('d')]);
    const unpacked = unpackBatch(batch, SINGLE);
    expect(unpacked.map((u) => u.error?.code)).toEqual([undefined, 'EVENT_PAYLOAD_INVALID', 'EVENT_ENVELOPE_INVALID', undefined]);
    expect(unpacked[1].error?.message).toContain(`event 1 of batch ${batch.id}: `);
    expect(unpacked[1].error?.message).toContain('paguIndikatif');
  });

  it('refuses a batch inside a batch and any type that is not a single inbound event', () => {
    const inner = JSON.parse(JSON.stringify(batchOf([upsert('a')])));
    expect(unpackBatch(batchOf([inner]), SINGLE)[0].error?.code).toBe('EVENT_TYPE_UNKNOWN');
  });

  it('refuses an empty batch, a batch of non-objects and one over the event limit as a whole', () => {
    expect(codeOf(() => batchOf([]))).toBe('EVENT_PAYLOAD_INVALID');
    expect(codeOf(() => batchOf(['x', 1]))).toBe('EVENT_PAYLOAD_INVALID');
    expect(codeOf(() => batchOf(Array.from({ length: MAX_BATCH_EVENTS + 1 }, () => ({ id: 'x' }))))).toBe('EVENT_PAYLOAD_INVALID');
  });
});
