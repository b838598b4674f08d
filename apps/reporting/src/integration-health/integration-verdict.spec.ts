import { integrationVerdict, VerdictFacts } from './integration-verdict';

const now = new Date('2026-12-07T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
const facts = (overrides: Partial<VerdictFacts> = {}): VerdictFacts => ({ lastEventAt: hoursAgo(1), events24h: 40, refusals24h: 0, stageOpen: true, now, ...overrides });

describe(integrationVerdict.name, () => {
  it('calls a region that sends and is accepted aktif', () => {
    expect(integrationVerdict(facts())).toBe('aktif');
  });

  it('flags banyak ditolak at 20 % refused of at least 10 events in 24 hours, not below either threshold', () => {
    expect(integrationVerdict(facts({ events24h: 10, refusals24h: 2 }))).toBe('banyak ditolak');
    expect(integrationVerdict(facts({ events24h: 10, refusals24h: 1 }))).toBe('aktif');
    expect(integrationVerdict(facts({ events24h: 9, refusals24h: 9 }))).toBe('aktif');
  });

  it('calls a region sepi after 3 days without events while a stage is open, and not when none is', () => {
    expect(integrationVerdict(facts({ lastEventAt: hoursAgo(73), events24h: 0 }))).toBe('sepi');
    expect(integrationVerdict(facts({ lastEventAt: hoursAgo(71), events24h: 0 }))).toBe('aktif');
    expect(integrationVerdict(facts({ lastEventAt: hoursAgo(73), events24h: 0, stageOpen: false }))).toBe('aktif');
    expect(integrationVerdict(facts({ lastEventAt: null, events24h: 0 }))).toBe('sepi');
    expect(integrationVerdict(facts({ lastEventAt: null, events24h: 0, stageOpen: false }))).toBe('belum ada data');
  });
});
