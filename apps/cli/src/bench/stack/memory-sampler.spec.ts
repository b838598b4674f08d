import { parseProcStatus } from './memory-sampler';

describe(parseProcStatus.name, () => {
  it('reads the resident size now and its peak, in bytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  262144 kB\nVmRSS:\t  131072 kB\nThreads:\t11\n';
    expect(parseProcStatus(status)).toEqual({ rss: 131072 * 1024, peak: 262144 * 1024 });
  });

  it('gives nothing for a process without those lines (a kernel thread)', () => {
    expect(parseProcStatus('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBeUndefined();
  });
});
