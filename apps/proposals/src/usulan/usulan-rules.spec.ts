import { locationViolations } from './usulan-rules';

describe(locationViolations.name, () => {
  it('accepts the region itself and places inside it', () => {
    expect(locationViolations('81.71', ['81.71', '81.71.01'])).toEqual([]);
    expect(locationViolations('81', ['81.71', '81.02'])).toEqual([]);
  });

  it('names each location outside the region', () => {
    expect(locationViolations('81.71', ['81.71', '81.72'])).toEqual([{ field: 'locations[1]', reason: expect.stringContaining('81.72 is outside region 81.71') }]);
  });

  it('does not take 81.710 for a place inside 81.71', () => {
    expect(locationViolations('81.71', ['81.710'])).toHaveLength(1);
  });
});
