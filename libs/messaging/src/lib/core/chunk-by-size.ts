/**
 * Splits messages into groups whose total size stays under `maxBytes` (a group always holds at
 * least one message). The broker refuses a produce request whose record batch exceeds
 * `message.max.bytes` (1 MiB by default); without this, one send of many large messages fails
 * forever however often it is retried.
 */
export function chunkBySize<T>(items: readonly T[], sizeOf: (item: T) => number, maxBytes = 512 * 1024): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (current.length > 0 && size + itemSize > maxBytes) {
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
