import { Figure } from './figure';
import { MachineInfo } from './machine';
import { figureRows, markdownTable, renderResults } from './render-table';

const machine: MachineInfo = {
  cores: 2, memoryGiB: 24, cpuModel: 'AMD EPYC', node: 'v20.20.2', kafka: '3.9.2', postgres: '15.20', loadAverageAtStart: 0.4, commit: 'abc1234', date: '2026-11-23T17:00:00.000Z',
};

const figures: Figure[] = [
  { id: 'replay', label: 'Replay throughput', unit: 'events/s', selaras: 12765, baseline: 20010, better: 'higher', target: { op: '>=', value: 10000 }, note: '1,000,000 events' },
  { id: 'latency.p99', label: 'Latency p99', unit: 'ms', selaras: 412, baseline: 80, better: 'lower', target: { op: '<', value: 300 } },
  { id: 'nomenclature.search', label: 'Search', unit: 'queries/s', selaras: 110, baseline: null, better: 'higher' },
];

describe(figureRows.name, () => {
  it('puts value, baseline, ratio, target and whether it is met in one row per figure', () => {
    expect(figureRows(figures)).toEqual([
      ['Replay throughput', '12,765 events/s', '20,010 events/s', '0.64×', '≥ 10,000 events/s', 'yes'],
      ['Latency p99', '412 ms', '80 ms', '5.15×', '< 300 ms', '**no**'],
      ['Search', '110 queries/s', '—', '—', '', ''],
    ]);
  });
});

describe(markdownTable.name, () => {
  it('writes a header, a separator and escapes pipes inside cells', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |');
  });
});

describe(renderResults.name, () => {
  it('adds the machine, the sizes and the notes under the table', () => {
    const text = renderResults(figures, machine, 'full: replay of 1,000,000 events');
    expect(text).toContain('| Replay throughput | 12,765 events/s |');
    expect(text).toContain('Machine: 2 cores (AMD EPYC), 24 GiB, Node 20.20.2, Kafka 3.9.2, PostgreSQL 15.20; load average 0.4 at start; 2026-11-23 17:00 UTC, commit abc1234.');
    expect(text).toContain('Sizes: full: replay of 1,000,000 events.');
    expect(text).toContain('- Replay throughput: 1,000,000 events');
  });
});
