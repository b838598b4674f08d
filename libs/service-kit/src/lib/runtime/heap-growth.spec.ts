import { applyHeapGrowingPercent, DEFAULT_HEAP_GROWING_PERCENT } from './heap-growth';
import { loadConfig, ServiceConfig } from '../config/service-config';

describe(applyHeapGrowingPercent.name, () => {
  it('hands V8 the growth as its --heap-growing-percent flag', () => {
    const flags: string[] = [];
    applyHeapGrowingPercent(50, (f) => flags.push(f));
    expect(flags).toEqual(['--heap-growing-percent=50']);
  });

  it("leaves V8's own policy at 0", () => {
    const flags: string[] = [];
    applyHeapGrowingPercent(0, (f) => flags.push(f));
    expect(flags).toEqual([]);
  });

  it.each([-1, 401, 12.5, Number.NaN])('refuses %p, naming the variable and its range', (percent) => {
    expect(() => applyHeapGrowingPercent(percent, () => undefined)).toThrow(/HEAP_GROWING_PERCENT must be an integer from 0 to 400/);
  });
});

describe('HEAP_GROWING_PERCENT', () => {
  const base = { JWT_SECRET: 'a-secret-of-sixteen+' };

  it(`is ${DEFAULT_HEAP_GROWING_PERCENT} unless set, and read as a number`, () => {
    expect(loadConfig(ServiceConfig, base, { PORT: 1 }).HEAP_GROWING_PERCENT).toBe(DEFAULT_HEAP_GROWING_PERCENT);
    expect(loadConfig(ServiceConfig, { ...base, HEAP_GROWING_PERCENT: '0' }, { PORT: 1 }).HEAP_GROWING_PERCENT).toBe(0);
  });

  it('stops a service with a readable error when it is not a percentage', () => {
    expect(() => loadConfig(ServiceConfig, { ...base, HEAP_GROWING_PERCENT: 'lots' }, { PORT: 1 })).toThrow(/HEAP_GROWING_PERCENT must be an integer/);
    expect(() => loadConfig(ServiceConfig, { ...base, HEAP_GROWING_PERCENT: '1000' }, { PORT: 1 })).toThrow(/HEAP_GROWING_PERCENT must not be greater than 400/);
  });
});
