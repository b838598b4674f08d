import { randomUUID } from 'node:crypto';
import { Consumer, Kafka } from 'kafkajs';
import {
  ContractError, NOMENCLATURE_EVENT_TYPES, NomenclatureEntryV1, NomenclatureVersionEventV1, parseEvent, TOPICS,
} from '@selaras/contracts';
import type { OwnedMessage } from '@selaras/messaging';
import { CodeCatalog } from './code-catalog';

/** Refuses a message its topic's owner did not publish (issue 23); `ownerRefusal` of @selaras/messaging bound to the reader's keys and history. */
export type CatalogOwnerCheck = (topic: string, partition: number, message: OwnedMessage) => { code: string; reason: string } | undefined;

export interface CatalogClientLogger {
  warn(obj: object, msg: string): void;
}

/**
 * Keeps a `CodeCatalog` in step with `nomenclature.entries` and `nomenclature.events`. Each
 * process reads both topics from the beginning under its own throw-away group (the whole
 * catalog is a few thousand entries), so nothing is committed and nothing is shared.
 */
export class NomenclatureCatalogClient {
  readonly catalog = new CodeCatalog();
  private consumer?: Consumer;
  private readonly highWatermarks = new Map<string, bigint>();
  private readonly positions = new Map<string, bigint>();
  private caughtUp?: () => void;
  readonly ready: Promise<void>;
  private activationListeners: ((event: NomenclatureVersionEventV1) => void)[] = [];

  constructor(private readonly kafka: Kafka, private readonly clientName: string, private readonly logger?: CatalogClientLogger, private readonly ownerCheck?: CatalogOwnerCheck) {
    this.ready = new Promise((resolve) => (this.caughtUp = resolve));
  }

  /** Called for every version activation seen (including past ones while catching up). */
  onActivated(listener: (event: NomenclatureVersionEventV1) => void): void {
    this.activationListeners.push(listener);
  }

  async start(): Promise<void> {
    const topics = [TOPICS.nomenclatureEntries.name, TOPICS.nomenclatureEvents.name];
    await this.readHighWatermarks(topics);
    this.consumer = this.kafka.consumer({ groupId: `${this.clientName}.nomenclature-catalog.${randomUUID()}`, sessionTimeout: 30000 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        const forged = this.ownerCheck?.(topic, partition, message);
        // Skipped, not dead-lettered: this reader is one of many throw-away readers; the consumers
        // of these topics with a group (proposals.nomenclature-watch, reporting) dead-letter it.
        if (forged) this.logger?.warn({ topic, partition, offset: message.offset, code: forged.code }, 'catalog message not written by nomenclature; ignored');
        else this.apply(topic, message.key?.toString() ?? null, message.value);
        this.positions.set(`${topic}:${partition}`, BigInt(message.offset) + 1n);
        this.checkCaughtUp();
      },
    });
    this.checkCaughtUp();
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  private async readHighWatermarks(topics: string[]): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      for (const topic of topics) {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          if (BigInt(p.high) > BigInt(p.low)) this.highWatermarks.set(`${topic}:${p.partition}`, BigInt(p.high));
        }
      }
    } finally {
      await admin.disconnect();
    }
  }

  private checkCaughtUp(): void {
    for (const [key, high] of this.highWatermarks) {
      if ((this.positions.get(key) ?? 0n) < high) return;
    }
    this.caughtUp?.();
  }

  private apply(topic: string, key: string | null, value: Buffer | null): void {
    if (topic === TOPICS.nomenclatureEntries.name && value === null) {
      if (key) this.catalog.remove(key);
      return;
    }
    try {
      const event = parseEvent(value);
      if (event.type === NOMENCLATURE_EVENT_TYPES.entry) {
        this.catalog.upsert(event.data as NomenclatureEntryV1);
      } else if (event.type === NOMENCLATURE_EVENT_TYPES.versionActivated) {
        const activation = event.data as NomenclatureVersionEventV1;
        this.catalog.markRetired(activation.retired ?? [], activation.versionId);
        this.activationListeners.forEach((listen) => listen(activation));
      }
    } catch (error) {
      // The nomenclature service's own consumers dead-letter bad messages; a catalog reader
      // only skips them, because one bad entry must not hide the other seven thousand.
      if (!(error instanceof ContractError)) throw error;
      this.logger?.warn({ topic, key, code: error.code }, 'skipping an invalid nomenclature message');
    }
  }
}
