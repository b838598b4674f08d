import { cpuPerUnit, groupTicks, parseProcStat, POSTGRES_GROUP, ProcStat } from './cpu-meter';

/** A /proc/<pid>/stat line with the given name, parent and times (the other fields as a kernel writes them). */
function statLine(pid: number, comm: string, ppid: number, utime: number, stime: number, cutime = 0, cstime = 0): string {
  return `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 1890 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 11 0 4431 1122349056 47102 18446744073709551615 1 1 0 0 0 0 0 16781312 17922 0 0 0 17 1 0 0 0 0 0`;
}

describe(parseProcStat.name, () => {
  it('reads the parent, the process time and the time of its ended children', () => {
    expect(parseProcStat(statLine(812, 'node', 1, 1500, 230, 40, 2))).toEqual({ comm: 'node', ppid: 1, ticks: 1730, endedChildTicks: 42 });
  });

  it('counts fields after the last parenthesis, so a name with spaces and parentheses does not shift them', () => {
    expect(parseProcStat(statLine(90, 'odd) (name', 7, 10, 5))).toEqual({ comm: 'odd) (name', ppid: 7, ticks: 15, endedChildTicks: 0 });
  });

  it('gives nothing for text that is not a stat line', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('812 (node) S 1')).toBeUndefined();
  });
});

describe(groupTicks.name, () => {
  const stats = new Map<number, ProcStat>([
    [1, { comm: 'systemd', ppid: 0, ticks: 9000, endedChildTicks: 50000 }],
    [100, { comm: 'postgres', ppid: 1, ticks: 300, endedChildTicks: 700 }], // the server's top process
    [101, { comm: 'postgres', ppid: 100, ticks: 1200, endedChildTicks: 0 }], // a backend
    [102, { comm: 'postgres', ppid: 100, ticks: 800, endedChildTicks: 99 }], // children of a backend are not waited for by it
    [200, { comm: 'node', ppid: 1, ticks: 4000, endedChildTicks: 0 }],
    [300, { comm: 'java', ppid: 1, ticks: 2500, endedChildTicks: 0 }],
  ]);

  it('sums named processes by pid and every postgres process, with the backends that ended on the top process', () => {
    const groups = groupTicks(stats, new Map([['proposals', 200], ['broker', 300], ['baseline', undefined]]));
    expect(groups).toEqual(new Map([['proposals', 4000], ['broker', 2500], [POSTGRES_GROUP, 300 + 700 + 1200 + 800]]));
  });

  it('leaves out a named process that is not running', () => {
    expect(groupTicks(stats, new Map([['reporting', 4242]])).has('reporting')).toBe(false);
  });
});

describe(cpuPerUnit.name, () => {
  it('gives microseconds per unit, in all and per group from the largest, without groups that used none', () => {
    const cpu = new Map([['reporting', 6.6], ['proposals', 14.4], [POSTGRES_GROUP, 8.4], ['nomenclature', 0]]);
    const { total, split } = cpuPerUnit(cpu, 40000);
    expect(split.map(([group, us]) => [group, Math.round(us)])).toEqual([['proposals', 360], [POSTGRES_GROUP, 210], ['reporting', 165]]);
    expect(Math.round(total)).toBe(735);
  });
});
