import { formatBytesAsMb, formatNumber, formatRatio, formatTarget } from './format';

describe(formatRatio.name, () => {
  it('divides Selaras by the baseline, two decimals below 10×', () => {
    expect(formatRatio(5500, 22000)).toBe('0.25×');
    expect(formatRatio(3.1, 1)).toBe('3.10×');
  });

  it('rounds large ratios to whole numbers and keeps two significant digits for tiny ones', () => {
    expect(formatRatio(7309, 127)).toBe('58×');
    expect(formatRatio(1, 45)).toBe('0.022×');
  });

  it('shows a dash where the baseline has no figure', () => {
    expect(formatRatio(10, null)).toBe('—');
    expect(formatRatio(10, 0)).toBe('—');
  });
});

describe(formatNumber.name, () => {
  it('groups thousands and drops decimals on large numbers', () => {
    expect(formatNumber(12765.4)).toBe('12,765');
    expect(formatNumber(32.84)).toBe('32.8');
    expect(formatNumber(1.25, 2)).toBe('1.25');
  });
});

describe(formatTarget.name, () => {
  it('writes the DESIGN §8 comparison with its unit', () => {
    expect(formatTarget({ op: '>=', value: 10000 }, 'events/s')).toBe('≥ 10,000 events/s');
    expect(formatTarget({ op: '<', value: 300 }, 'ms')).toBe('< 300 ms');
    expect(formatTarget(undefined, 'ms')).toBe('');
  });
});

describe(formatBytesAsMb.name, () => {
  it('gives MiB with one decimal', () => {
    expect(formatBytesAsMb(256 * 1024 * 1024)).toBe(256);
    expect(formatBytesAsMb(1.55 * 1024 * 1024)).toBe(1.6);
  });
});
