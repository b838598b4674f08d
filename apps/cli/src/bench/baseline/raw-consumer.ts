import { Consumer, Kafka, KafkaMessage } from 'kafkajs';

export interface RawConsumerOptions {
  groupId: string;
  topics: string[];
  /** Handles up to `chunk` messages of one partition; offsets are committed after it resolves. */
  handle(topic: string, partition: number, messages: KafkaMessage[]): Promise<void>;
  chunk?: number;
  concurrency?: number;
}

/**
 * The consumer a team would write with kafkajs alone: `eachBatch`, chunks handed to the
 * handler, offsets resolved after each chunk and committed by kafkajs' autoCommit. Resolves
 * once the group is joined (kafkajs' `run` waits for the join).
 */
export async function startRawConsumer(kafka: Kafka, options: RawConsumerOptions): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: options.groupId });
  await consumer.connect();
  await consumer.subscribe({ topics: options.topics, fromBeginning: true });
  const chunk = options.chunk ?? 1000;
  await consumer.run({
    partitionsConsumedConcurrently: options.concurrency ?? 3,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
      for (let start = 0; start < batch.messages.length; start += chunk) {
        if (!isRunning() || isStale()) return;
        const messages = batch.messages.slice(start, start + chunk);
        await options.handle(batch.topic, batch.partition, messages);
        resolveOffset(messages[messages.length - 1].offset);
        await heartbeat();
      }
    },
  });
  return consumer;
}

