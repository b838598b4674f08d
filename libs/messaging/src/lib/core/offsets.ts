/**
 * The offset a consumer group commits after applying `lastApplied`: Kafka's committed offset is
 * the next one to read, not the last one read. Committing the last one would make every restart
 * redeliver it (harmless with the inbox, but a read model that is `idempotent` would show it as
 * a change twice on the stream); committing one more would skip an event.
 * Offsets are int64 on the wire and strings in kafkajs: BigInt, not Number, so none is rounded.
 */
export function offsetAfter(lastApplied: string): string {
  return (BigInt(lastApplied) + 1n).toString();
}
