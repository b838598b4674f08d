import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { TOPICS } from '@selaras/contracts';
import { KAFKA } from '@selaras/messaging';
import { ActivateVersionService } from './activate-version.service';

/**
 * The compacted topic `nomenclature.entries` is the catalog every other service reads. If the
 * database has an active version but the topic is empty (the broker's data was lost or a new
 * broker was started against an existing database), the catalog is published again at start-up.
 */
@Injectable()
export class CatalogTopicGuard implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogTopicGuard.name);

  constructor(@Inject(KAFKA) private readonly kafka: Kafka, private readonly activation: ActivateVersionService) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.topicIsEmpty())) return;
    const queued = await this.activation.republishActive();
    if (queued > 0) this.logger.warn({ msg: 'nomenclature.entries was empty; the active catalog is published again', entries: queued });
  }

  private async topicIsEmpty(): Promise<boolean> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(TOPICS.nomenclatureEntries.name);
      return offsets.every((p) => p.high === p.low);
    } finally {
      await admin.disconnect();
    }
  }
}
