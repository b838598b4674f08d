import { parseEvent, SPBE_EVENT_TYPES, SpbeIndexComputedV1, SpbeLevelRecordedV1 } from '@selaras/contracts';
import { loadPermenPanRb8Framework } from '@selaras/domain-spbe';
import { indexOfLevels } from '../assessments/assessment-view';
import { recordedLevels } from '../testing/assessment.fixtures';
import { MIXED_ASSESSMENT, permenPanRb59 } from '../testing/framework.fixtures';
import { AssessmentRef, indexComputedEvent, levelRecordedEvent, targetSetEvent } from './spbe-event-builders';

const ambon2025: AssessmentRef = { region: '81.71', year: 2025, frameworkId: 'permenpanrb-59-2020', frameworkVersion: '59/2020', kind: 'self' };
const at = new Date('2025-03-01T08:00:00Z');

function complete() {
  const result = indexOfLevels(permenPanRb59(), recordedLevels(MIXED_ASSESSMENT));
  if (!result.complete) throw new Error('the mixed assessment is complete');
  return result;
}

describe(levelRecordedEvent.name, () => {
  it('builds a valid event keyed by region:year, leaving out what is unknown', () => {
    const event = levelRecordedEvent(ambon2025, { no: 32, level: 3, previousLevel: null, levelChanged: true, evidence: { note: null, documentRef: null } }, 'op@81.71', at);
    expect(event).toMatchObject({ type: SPBE_EVENT_TYPES.levelRecorded, source: '/regions/81.71/spbe', subject: '81.71:2025', region: '81.71' });
    const data = parseEvent(JSON.stringify(event)).data as SpbeLevelRecordedV1;
    expect(data).toEqual({ ...ambon2025, indicatorNo: 32, level: 3, recordedBy: 'op@81.71', recordedAt: at.toISOString() });
  });

  it('carries the previous level and the evidence when there are some', () => {
    const event = levelRecordedEvent(ambon2025, { no: 32, level: 4, previousLevel: 3, levelChanged: true, evidence: { note: 'SIPD terintegrasi', documentRef: null } }, 'op@81.71', at);
    expect(event.data).toMatchObject({ previousLevel: 3, evidence: { note: 'SIPD terintegrasi' } });
  });
});

describe(indexComputedEvent.name, () => {
  it('carries the index, the domain and aspect breakdown, the weakest indicators and the gap', () => {
    const event = indexComputedEvent(ambon2025, complete(), 3, at);
    const data = parseEvent(JSON.stringify(event)).data as SpbeIndexComputedV1;
    expect(data).toMatchObject({ index: 2.66, indexText: '2.66', predikat: 'Baik', target: 3, gap: 0.34, kind: 'self', frameworkVersion: '59/2020' });
    expect(data.domains.map((d) => d.index)).toEqual([4, 3, 1.82, 2.4]);
    expect(data.aspects).toHaveLength(8);
    expect(data.weakest.map((w) => [w.no, w.level, w.weight])).toEqual([[21, 1, 1.5], [22, 1, 1.5], [23, 1, 1.5], [24, 1, 1.5], [25, 1, 1.5]]);
  });

  it('leaves target and gap out when no target is set', () => {
    expect(indexComputedEvent(ambon2025, complete(), null, at).data).not.toHaveProperty('gap');
  });
});

describe(`${indexComputedEvent.name} under Indeks Pemdi`, () => {
  it('names the index, flags it provisional, sends no domains and the seven aspects', () => {
    const pemdi = loadPermenPanRb8Framework();
    const result = indexOfLevels(pemdi, recordedLevels([[1, 20, 3]]));
    if (!result.complete) throw new Error('all 20 are recorded');
    const ref: AssessmentRef = { region: '81.71', year: 2026, frameworkId: pemdi.id, frameworkVersion: '8/2026', kind: 'final' };
    const data = parseEvent(JSON.stringify(indexComputedEvent(ref, result, null, at, { name: 'Indeks Pemdi', provisional: true }))).data as SpbeIndexComputedV1;
    expect(data).toMatchObject({ frameworkId: 'permenpanrb-8-2026', frameworkName: 'Indeks Pemdi', provisional: true, indexText: '3.00', predikat: 'Baik', domains: [] });
    expect(data.aspects.map((a) => [a.no, a.index])).toEqual([[1, 3], [2, 3], [3, 3], [4, 3], [5, 3], [6, 3], [7, 3]]);
    expect({ ...data.weakest[0] }).toEqual({ no: 20, name: expect.any(String), level: 3, weight: 15, aspectNo: 7 });
  });
});

describe(targetSetEvent.name, () => {
  it('refuses to build a target the contract would refuse, before anything reaches the outbox', () => {
    const spbe = 'permenpanrb-59-2020';
    expect(() => targetSetEvent('81.71', 2025, { target: 7, frameworkId: spbe }, null, 'k@81', at)).toThrow(/data.target/);
    expect(targetSetEvent('81.71', 2025, { target: 3.5, frameworkId: spbe }, { target: 3, frameworkId: spbe }, 'k@81', at).data).toMatchObject({ target: 3.5, previousTarget: 3, frameworkId: spbe });
  });

  it('names the framework of the target and of the one it replaces', () => {
    const event = targetSetEvent('81.71', 2027, { target: 3.2, frameworkId: 'permenpanrb-8-2026' }, { target: 3.5, frameworkId: 'permenpanrb-59-2020' }, 'k@81', at);
    expect(event.data).toMatchObject({ frameworkId: 'permenpanrb-8-2026', previousTarget: 3.5, previousFrameworkId: 'permenpanrb-59-2020' });
  });
});
