import { furthest, lagBehind, Watermark } from './catch-up';

const marks: Watermark[] = [
  { topic: 'proposals.events', partition: 0, low: 0n, high: 10n },
  { topic: 'proposals.events', partition: 1, low: 5n, high: 8n },
  { topic: 'spbe.events', partition: 0, low: 0n, high: 4n },
];

describe(lagBehind.name, () => {
  it('counts what is left of each partition of the group\'s topics only', () => {
    const position = new Map([['proposals.events:0', 7n]]);
    expect(lagBehind(marks, ['proposals.events'], position)).toBe(3n + 3n);
  });

  it('starts a partition at its low watermark when older messages are gone', () => {
    expect(lagBehind(marks, ['proposals.events'], new Map([['proposals.events:0', 10n]]))).toBe(3n);
  });

  it('is zero once every partition is at its high watermark', () => {
    const position = new Map([['proposals.events:0', 10n], ['proposals.events:1', 8n], ['spbe.events:0', 4n]]);
    expect(lagBehind(marks, ['proposals.events', 'spbe.events'], position)).toBe(0n);
  });
});

describe(furthest.name, () => {
  it('keeps the further offset of each partition', () => {
    expect(furthest(new Map([['a:0', 3n], ['a:1', 9n]]), new Map([['a:0', 5n], ['a:2', 1n]]))).toEqual(new Map([['a:0', 5n], ['a:1', 9n], ['a:2', 1n]]));
  });
});
