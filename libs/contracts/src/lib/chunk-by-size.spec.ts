import { chunkBySize } from './chunk-by-size';

describe(chunkBySize.name, () => {
  it('keeps order and puts items together until the size limit', () => {
    expect(chunkBySize([3, 3, 3, 5, 1], (n) => n, 6)).toEqual([[3, 3], [3], [5, 1]]);
  });

  it('gives an item larger than the limit a group of its own', () => {
    expect(chunkBySize([1, 10, 1], (n) => n, 6)).toEqual([[1], [10], [1]]);
  });

  it('starts a new group at the item limit', () => {
    expect(chunkBySize([1, 1, 1, 1, 1], (n) => n, 1000, 2)).toEqual([[1, 1], [1, 1], [1]]);
  });

  it('returns nothing for nothing', () => {
    expect(chunkBySize([], () => 1)).toEqual([]);
  });
});
