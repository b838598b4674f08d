import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { OWNER_HEADERS, OwnerKeyring, ownerOfTopic, OwnerSignatureRefusal } from './owner-signature';

/**
 * Where unsigned history ends on each partition of the owned topics a consumer reads: the log end
 * the first time a consumer of this schema started checking owner signatures, recorded in
 * `owner_signature_start` and never moved. Everything before it was published before the owners
 * signed, and replays as it always did (reporting rebuilds its read models from offset 0); from
 * it on, an unsigned message is refused. On a fresh broker that is offset 0: nothing unsigned.
 */
export class OwnerHistory {
  private constructor(private readonly unsignedBefore: ReadonlyMap<string, bigint>) {}

  static async load(kafka: Kafka, dataSource: DataSource, schema: string, topics: readonly string[]): Promise<OwnerHistory> {
    const owned = topics.filter((t) => ownerOfTopic(t) !== undefined);
    if (owned.length === 0) return new OwnerHistory(new Map());
    const admin = kafka.admin();
    await admin.connect();
    const ends: { topic: string; partition: number; offset: string }[] = [];
    try {
      for (const topic of owned) for (const p of await admin.fetchTopicOffsets(topic)) ends.push({ topic, partition: p.partition, offset: p.high });
    } finally {
      await admin.disconnect();
    }
    await dataSource.query(
      `INSERT INTO "${schema}"."owner_signature_start" ("topic", "partition", "unsigned_before")
       SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[]) ON CONFLICT DO NOTHING`,
      [ends.map((e) => e.topic), ends.map((e) => e.partition), ends.map((e) => e.offset)],
    );
    const rows: { topic: string; partition: number; unsigned_before: string }[] = await dataSource.query(
      `SELECT "topic", "partition", "unsigned_before" FROM "${schema}"."owner_signature_start" WHERE "topic" = ANY($1::text[])`,
      [owned],
    );
    return new OwnerHistory(new Map(rows.map((r) => [`${r.topic}:${r.partition}`, BigInt(r.unsigned_before)])));
  }

  /** True for a message of the history published before owners signed. */
  isUnsignedHistory(topic: string, partition: number, offset: string): boolean {
    const before = this.unsignedBefore.get(`${topic}:${partition}`);
    return before !== undefined && BigInt(offset) < before;
  }
}

/** The part of a Kafka message the owner check reads. */
export interface OwnedMessage {
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: Record<string, Buffer | string | (Buffer | string)[] | undefined>;
}

/**
 * Why a message of an owned topic is not its owner's, or undefined when it is, when the topic is
 * not owned, or when it belongs to the unsigned history.
 */
export function ownerRefusal(keys: OwnerKeyring, history: OwnerHistory | undefined, topic: string, partition: number, message: OwnedMessage): OwnerSignatureRefusal | undefined {
  if (!ownerOfTopic(topic)) return undefined;
  const signed = message.headers?.[OWNER_HEADERS.signature] !== undefined;
  if (!signed && history?.isUnsignedHistory(topic, partition, message.offset)) return undefined;
  return keys.check(topic, message.key, message.value, message.headers);
}
