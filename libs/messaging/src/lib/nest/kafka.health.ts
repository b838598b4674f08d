import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Kafka } from 'kafkajs';
import { KAFKA } from './messaging.options';

/** Kafka is healthy when the cluster answers a metadata request within two seconds. */
@Injectable()
export class KafkaHealthIndicator {
  constructor(@Inject(KAFKA) private readonly kafka: Kafka, private readonly health: HealthIndicatorService) {}

  async isHealthy(key = 'kafka') {
    const indicator = this.health.check(key);
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    try {
      await withTimeout(admin.connect().then(() => admin.describeCluster()), 2000);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);
}
