import { locationWithin } from './location-within';

describe(locationWithin.name, () => {
  it('accepts the region itself and places below it', () => {
    expect(locationWithin('81.71', '81.71')).toBe(true);
    expect(locationWithin('81.71.01.2001', '81.71')).toBe(true);
    expect(locationWithin('81.72', '81')).toBe(true);
  });

  it('refuses a neighbour and a longer code that only shares a prefix', () => {
    expect(locationWithin('81.72', '81.71')).toBe(false);
    expect(locationWithin('81.710', '81.71')).toBe(false);
  });
});
