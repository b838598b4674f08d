import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { TopicMessage } from './replay-events';

export function benchKafka(brokers: string, clientId = 'selaras-bench'): Kafka {
  return new Kafka({ brokers: [brokers], clientId, logLevel: logLevel.ERROR, retry: { retries: 8 } });
}

/** A plain producer with the Java-compatible partitioner, as every Selaras producer uses. */
export async function connectProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
  await producer.connect();
  return producer;
}

/**
 * Sends batches to one topic with a few requests in flight, calling `onSent` after each. Order
 * per key holds as long as no request is retried; the read models are revision-guarded anyway.
 */
export async function produceAll(producer: Producer, topic: string, batches: Iterable<TopicMessage[]>, onSent: (count: number) => void, inFlight = 4): Promise<number> {
  let sent = 0;
  const pending = new Set<Promise<void>>();
  for (const messages of batches) {
    const request: Promise<void> = producer.send({ topic, acks: -1, messages }).then(() => {
      sent += messages.length;
      onSent(messages.length);
      pending.delete(request);
    });
    pending.add(request);
    if (pending.size >= inFlight) await Promise.race(pending);
  }
  await Promise.all(pending);
  return sent;
}
