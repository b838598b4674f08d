import { eachConcurrently } from './async-utils';

describe(eachConcurrently.name, () => {
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('calls the task once for every item, never more than the limit at a time', async () => {
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    await eachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await tick();
      seen.push(item);
      running--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('rejects with the first failure', async () => {
    await expect(eachConcurrently(['a', 'b'], 2, async (item) => {
      if (item === 'b') throw new Error('b failed');
    })).rejects.toThrow('b failed');
  });

  it('does nothing for no items', async () => {
    const task = jest.fn();
    await eachConcurrently([], 4, task);
    expect(task).not.toHaveBeenCalled();
  });
});
