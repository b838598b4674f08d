import { percentile, summarise } from './percentiles';

describe(percentile.name, () => {
  it('takes the nearest rank, so the figure is a value one event really had', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
  });

  it('does not depend on the order the values arrived in', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i + 1);
    const shuffled = [...values].sort((a, b) => ((a * 7919) % 1000) - ((b * 7919) % 1000));
    expect(percentile(shuffled, 99)).toBe(990);
    expect(percentile(shuffled, 95)).toBe(950);
    expect(percentile(shuffled, 50)).toBe(500);
  });

  it('refuses an empty list and a percentile outside (0, 100]', () => {
    expect(() => percentile([], 50)).toThrow('no values');
    expect(() => percentile([1], 0)).toThrow('(0, 100]');
    expect(() => percentile([1], 101)).toThrow('(0, 100]');
  });
});

describe(summarise.name, () => {
  it('gives count, p50, p95, p99 and max', () => {
    expect(summarise([5, 1, 3, 2, 4])).toEqual({ count: 5, p50: 3, p95: 5, p99: 5, max: 5 });
  });
});
