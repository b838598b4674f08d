import { formatHundredths, indexScore } from './index-score';

describe(indexScore.name, () => {
  it('keeps the exact value and publishes two decimals', () => {
    expect(indexScore(30300, 10000)).toEqual({ value: 3.03, hundredths: 303, rounded: 3.03, text: '3.03' });
  });

  it('rounds half up from the exact fraction, where float rounding gives 1.00', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(indexScore(10050, 10000).text).toBe('1.01');
  });

  it('rounds down below the half', () => {
    expect(indexScore(10049, 10000).text).toBe('1.00');
  });

  it('rounds repeating fractions correctly', () => {
    expect(indexScore(3750, 1650)).toMatchObject({ hundredths: 227, text: '2.27' });
    expect(indexScore(2, 3).text).toBe('0.67');
  });

  it('refuses units that are not whole', () => {
    expect(() => indexScore(1.5, 10)).toThrow(RangeError);
    expect(() => indexScore(1, 0)).toThrow(RangeError);
  });
});

describe(formatHundredths.name, () => {
  it('always prints two decimals', () => {
    expect([500, 100, 303, 7].map(formatHundredths)).toEqual(['5.00', '1.00', '3.03', '0.07']);
  });
});
