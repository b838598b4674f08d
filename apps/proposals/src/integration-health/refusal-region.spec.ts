import { refusalRegion } from './refusal-region';

describe(refusalRegion.name, () => {
  it('counts a refusal under the region the sender proved to be, when the directory knows it', () => {
    expect(refusalRegion('81.71', true)).toBe('81.71');
    expect(refusalRegion('81', true)).toBe('81');
  });

  it('counts it under unknown when the sender is not proven, the region is not in the directory, or there is none', () => {
    expect(refusalRegion('81.71', false)).toBe('unknown');
    expect(refusalRegion('81.99', true)).toBe('unknown');
    expect(refusalRegion('<script>', true)).toBe('unknown');
    expect(refusalRegion(null, true)).toBe('unknown');
  });
});
