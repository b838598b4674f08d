import { Kafka, KafkaConfig, logLevel, LogEntry, Partitioners } from 'kafkajs';
import { MessagingLogger, silentLogger } from './log';

/** TLS and SASL for production clusters (deploy/kafka-cluster); both off for the local broker. */
export interface KafkaSecurity {
  ssl?: KafkaConfig['ssl'];
  sasl?: { mechanism: 'scram-sha-512' | 'scram-sha-256' | 'plain'; username: string; password: string };
}

export interface KafkaClientConfig {
  brokers: string[];
  clientId: string;
  logger?: MessagingLogger;
  security?: KafkaSecurity;
}

/**
 * One kafkajs client per process. Connection retries are generous because the broker may
 * restart under us (fault tests do exactly that); kafkajs' own logs go to our logger at WARN.
 */
export function createKafka(config: KafkaClientConfig): Kafka {
  const logger = config.logger ?? silentLogger;
  return new Kafka({
    clientId: config.clientId,
    brokers: config.brokers,
    ...(config.security?.ssl ? { ssl: config.security.ssl } : {}),
    ...(config.security?.sasl ? { sasl: config.security.sasl as KafkaConfig['sasl'] } : {}),
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { initialRetryTime: 200, maxRetryTime: 5000, retries: 12 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...extra } = entry.log;
      const obj = { kafka: entry.namespace, ...extra };
      if (entry.level <= logLevel.ERROR) logger.error(obj, message);
      else logger.warn(obj, message);
    },
  });
}

/** Producer settings for every service: acks from all in-sync replicas, idempotent, Java-compatible partitioner. */
export function createProducer(kafka: Kafka) {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
    // Unlimited retries keep the idempotent producer's ordering guarantee; callers wait out a broker restart.
    retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 200, maxRetryTime: 5000 },
  });
}
