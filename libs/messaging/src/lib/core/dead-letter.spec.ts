import { Producer, ProducerRecord } from 'kafkajs';
import { DLQ_HEADERS } from '@selaras/contracts';
import { DeadLetter, sendToDeadLetter } from './dead-letter';

/** Records what would be produced; the broker's side is covered by the messaging integration spec. */
function recordingProducer(): { producer: Producer; sent: ProducerRecord[] } {
  const sent: ProducerRecord[] = [];
  const producer = { send: async (record: ProducerRecord) => (sent.push(record), []) } as unknown as Producer;
  return { producer, sent };
}

const aLetter = (overrides: Partial<DeadLetter> = {}): DeadLetter => ({
  topic: 'proposals.inbound',
  partition: 2,
  offset: '41',
  key: '81.71:a',
  value: Buffer.from('{}'),
  code: 'CONTRACT_INVALID',
  reason: 'data.pagu must be an integer',
  ...overrides,
});

describe(sendToDeadLetter.name, () => {
  it('sends each letter to the dead-letter topic of its own origin topic', async () => {
    const { producer, sent } = recordingProducer();
    await sendToDeadLetter(producer, 'reporting', [
      aLetter({ topic: 'proposals.events', offset: '1' }),
      aLetter({ topic: 'spbe.events', offset: '2' }),
      aLetter({ topic: 'proposals.events', offset: '3' }),
    ]);
    const offsetsByTopic = Object.fromEntries(sent.map((r) => [r.topic, r.messages.map((m) => m.headers?.[DLQ_HEADERS.originOffset])]));
    expect(offsetsByTopic).toEqual({ 'proposals.events.dlq': ['1', '3'], 'spbe.events.dlq': ['2'] });
  });

  it('keeps the key and value and names origin, code, reason and group in headers', async () => {
    const { producer, sent } = recordingProducer();
    await sendToDeadLetter(producer, 'proposals-inbound', [aLetter()]);
    const [message] = sent[0].messages;
    expect(message.key).toBe('81.71:a');
    expect(message.value).toEqual(Buffer.from('{}'));
    expect(message.headers).toEqual({
      [DLQ_HEADERS.originTopic]: 'proposals.inbound',
      [DLQ_HEADERS.originPartition]: '2',
      [DLQ_HEADERS.originOffset]: '41',
      [DLQ_HEADERS.errorCode]: 'CONTRACT_INVALID',
      [DLQ_HEADERS.errorReason]: 'data.pagu must be an integer',
      [DLQ_HEADERS.consumerGroup]: 'proposals-inbound',
    });
    expect(sent[0].acks).toBe(-1);
  });

  it('names the batch and the place in it, the first place (0) too', async () => {
    const { producer, sent } = recordingProducer();
    await sendToDeadLetter(producer, 'proposals-inbound', [aLetter({ carrier: { id: 'batch-1', index: 0 } }), aLetter({ carrier: { id: 'batch-1', index: 7 } })]);
    expect(sent[0].messages.map((m) => [m.headers?.[DLQ_HEADERS.originBatch], m.headers?.[DLQ_HEADERS.originBatchIndex]])).toEqual([
      ['batch-1', '0'],
      ['batch-1', '7'],
    ]);
  });

  it('cuts a long reason so the message stays small', async () => {
    const { producer, sent } = recordingProducer();
    await sendToDeadLetter(producer, 'g', [aLetter({ reason: 'x'.repeat(5000) })]);
    expect(String(sent[0].messages[0].headers?.[DLQ_HEADERS.errorReason])).toHaveLength(2000);
  });

  it('sends nothing when nothing was refused', async () => {
    const { producer, sent } = recordingProducer();
    await sendToDeadLetter(producer, 'g', []);
    expect(sent).toEqual([]);
  });
});
