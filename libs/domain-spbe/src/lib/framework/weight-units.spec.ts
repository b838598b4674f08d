import { formatPercent, toUnits, unitsPerPercentFor } from './weight-units';

describe(unitsPerPercentFor.name, () => {
  it('uses basis points for PermenPANRB 59/2020 weights', () => {
    expect(unitsPerPercentFor([13, 1.3, 2.5, 2.75, 3, 16.5, 45.5])).toBe(100);
  });

  it('uses whole percents when all weights are whole', () => {
    expect(unitsPerPercentFor([50, 30, 20])).toBe(1);
  });

  it('is not fooled by float noise', () => {
    expect(unitsPerPercentFor([0.1 + 0.2])).toBe(10);
  });

  it('gives up beyond six decimals', () => {
    expect(unitsPerPercentFor([100 / 3])).toBeNull();
  });
});

describe(toUnits.name, () => {
  it('turns a percent into whole units', () => {
    expect(toUnits(2.75, 100)).toBe(275);
    expect(toUnits(1.3, 100)).toBe(130);
  });
});

describe(formatPercent.name, () => {
  it('prints units as a percent without float artefacts', () => {
    expect(formatPercent(1300, 100)).toBe('13%');
    expect(formatPercent(9990, 100)).toBe('99.9%');
    expect(formatPercent(275, 100)).toBe('2.75%');
    expect(formatPercent(7, 1)).toBe('7%');
  });
});
