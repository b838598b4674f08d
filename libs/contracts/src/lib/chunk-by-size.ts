/**
 * Splits items, in order, into groups whose total size stays under `maxBytes` and whose count
 * stays at most `maxItems` (a group always holds at least one item, however large). The broker
 * refuses a produce request whose record batch exceeds `message.max.bytes` (1 MiB by default),
 * and the province a message over MAX_EVENT_BYTES: without this, one send of many large
 * messages fails forever however often it is retried. Here, beside the message limits, so the
 * services (libs/messaging) and the regency SDK (its batches) split by the same rule.
 */
export function chunkBySize<T>(items: readonly T[], sizeOf: (item: T) => number, maxBytes = 512 * 1024, maxItems = Number.POSITIVE_INFINITY): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (current.length > 0 && (size + itemSize > maxBytes || current.length >= maxItems)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
