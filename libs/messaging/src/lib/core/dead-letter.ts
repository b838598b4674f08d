import { Message, Producer } from 'kafkajs';
import { chunkBySize, deadLetterTopicOf, DLQ_HEADERS } from '@selaras/contracts';

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | string | null;
  value: Buffer | null;
  code: string;
  reason: string;
  /** Set when the refused event came inside a batch: the message at the origin offset is the batch. */
  carrier?: { id: string; index: number };
}

/** Header values are bytes on the wire; long reasons are cut so the message stays small. */
const MAX_REASON_LENGTH = 2000;

/**
 * Sends refused messages to `<origin topic>.dlq`, each to the one of its own origin (a consumer
 * may read several topics), with the original key and value untouched and the origin and reason
 * in headers, so an operator can read why and replay after a fix.
 */
export async function sendToDeadLetter(producer: Producer, consumerGroup: string, letters: readonly DeadLetter[]): Promise<void> {
  for (const [origin, ofOrigin] of byOriginTopic(letters)) {
    for (const chunk of chunkBySize(ofOrigin, (l) => (l.value?.length ?? 0) + l.reason.length + 256)) {
      await producer.send({ topic: deadLetterTopicOf(origin), acks: -1, messages: chunk.map((l) => deadLetterMessage(consumerGroup, l)) });
    }
  }
}

function byOriginTopic(letters: readonly DeadLetter[]): Map<string, DeadLetter[]> {
  const grouped = new Map<string, DeadLetter[]>();
  for (const letter of letters) {
    const group = grouped.get(letter.topic);
    if (group) group.push(letter);
    else grouped.set(letter.topic, [letter]);
  }
  return grouped;
}

export function deadLetterMessage(consumerGroup: string, l: DeadLetter): Message {
  return {
    key: l.key,
    value: l.value,
    headers: {
      [DLQ_HEADERS.originTopic]: l.topic,
      [DLQ_HEADERS.originPartition]: String(l.partition),
      [DLQ_HEADERS.originOffset]: l.offset,
      [DLQ_HEADERS.errorCode]: l.code,
      [DLQ_HEADERS.errorReason]: l.reason.slice(0, MAX_REASON_LENGTH),
      [DLQ_HEADERS.consumerGroup]: consumerGroup,
      ...(l.carrier ? { [DLQ_HEADERS.originBatch]: l.carrier.id, [DLQ_HEADERS.originBatchIndex]: String(l.carrier.index) } : {}),
    },
  };
}
