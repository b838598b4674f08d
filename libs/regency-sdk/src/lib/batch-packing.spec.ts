import { packBatches } from './batch-packing';

describe(packBatches.name, () => {
  const size = (n: number) => n;

  it('keeps the events in order and every batch under the byte limit', () => {
    const batches = packBatches([40, 40, 40, 40, 40], size, { maxBytes: 100, maxEvents: 10 });
    expect(batches).toEqual([[40, 40], [40, 40], [40]]);
  });

  it('starts a new batch at the event limit', () => {
    expect(packBatches([1, 1, 1, 1, 1], size, { maxBytes: 1000, maxEvents: 2 })).toEqual([[1, 1], [1, 1], [1]]);
  });

  it('gives an event larger than the limit a batch of its own instead of dropping it', () => {
    expect(packBatches([10, 500, 10], size, { maxBytes: 100, maxEvents: 10 })).toEqual([[10], [500], [10]]);
  });

  it('packs nothing into no batch', () => {
    expect(packBatches([], size)).toEqual([]);
  });

  it('fits 40,000 usulan of ~1 KB into batches the province accepts', () => {
    const batches = packBatches(Array.from({ length: 40000 }, () => 1000), size);
    expect(batches.flat()).toHaveLength(40000);
    expect(Math.max(...batches.map((b) => b.reduce((a, n) => a + n + 1, 0)))).toBeLessThanOrEqual(256 * 1024 - 2048);
  });
});
