import { BENCH_SIZES, describeSizes, FIGURE_NAMES, selectFigures } from './bench-sizes';

describe(selectFigures.name, () => {
  it('runs every figure when none is named', () => {
    expect(selectFigures(undefined)).toEqual([...FIGURE_NAMES]);
  });

  it('keeps the run order whatever order they are named in', () => {
    expect(selectFigures(['latency', 'replay'])).toEqual(['replay', 'latency']);
  });

  it('refuses a figure it does not know, naming the ones it does', () => {
    expect(() => selectFigures(['memory'])).toThrow('unknown figure memory; choose from nomenclature, replay, burst, latency');
  });
});

describe(describeSizes.name, () => {
  it('says how much work each chosen figure did', () => {
    expect(describeSizes(BENCH_SIZES.full, ['replay', 'burst'])).toBe(
      "full: replay of 1,000,000 proposals.events messages; a 40,000-usulan snapshot of one regency; final SPBE levels of 552 regions (spbe-indicators' memory)",
    );
  });
});
