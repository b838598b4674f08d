import { offsetAfter } from './offsets';

describe(offsetAfter.name, () => {
  it('commits the next offset to read, not the last one read', () => {
    expect(offsetAfter('0')).toBe('1');
    expect(offsetAfter('41')).toBe('42');
  });

  it('keeps offsets beyond 2^53 exact', () => {
    expect(offsetAfter('9007199254740993')).toBe('9007199254740994');
  });
});
