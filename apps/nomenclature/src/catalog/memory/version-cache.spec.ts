import { VersionCache } from './version-cache';

const stamp = (id: string, activatedAt: number | null = null) => ({ id, activatedAt: activatedAt === null ? null : new Date(activatedAt) });

describe(VersionCache.name, () => {
  it('builds a version once and answers the same build again', async () => {
    const cache = new VersionCache<string>(3);
    const build = jest.fn(async (s: { id: string }) => `catalog of ${s.id}`);
    expect(await cache.get(stamp('sipd-2027', 1), build)).toBe('catalog of sipd-2027');
    expect(await cache.get(stamp('sipd-2027', 1), build)).toBe('catalog of sipd-2027');
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('builds again when the version was activated again (its retired codes are recomputed then)', async () => {
    const cache = new VersionCache<number>(3);
    let builds = 0;
    const build = async () => ++builds;
    expect(await cache.get(stamp('v', null), build)).toBe(1);
    expect(await cache.get(stamp('v', 1000), build)).toBe(2);
    expect(await cache.get(stamp('v', 2000), build)).toBe(3);
    expect(await cache.get(stamp('v', 2000), build)).toBe(3);
  });

  it('drops the least recently used version beyond its capacity', async () => {
    const cache = new VersionCache<string>(2);
    const build = jest.fn(async (s: { id: string }) => s.id);
    await cache.get(stamp('a'), build);
    await cache.get(stamp('b'), build);
    await cache.get(stamp('a'), build); // a is now the most recently used
    await cache.get(stamp('c'), build); // drops b
    expect(cache.size).toBe(2);
    await cache.get(stamp('a'), build);
    await cache.get(stamp('b'), build);
    expect(build.mock.calls.map(([s]) => s.id)).toEqual(['a', 'b', 'c', 'b']);
  });

  it('shares one build between reads that arrive while it runs', async () => {
    const cache = new VersionCache<string>(3);
    let release!: (value: string) => void;
    const build = jest.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const first = cache.get(stamp('v'), build);
    const second = cache.get(stamp('v'), build);
    release('built');
    expect(await Promise.all([first, second])).toEqual(['built', 'built']);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failed build: the next read tries again', async () => {
    const cache = new VersionCache<string>(3);
    await expect(cache.get(stamp('v'), async () => { throw new Error('database gone'); })).rejects.toThrow('database gone');
    await expect(cache.get(stamp('v'), async () => 'built')).resolves.toBe('built');
  });
});
