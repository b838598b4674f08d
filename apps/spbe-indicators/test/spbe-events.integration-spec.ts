import { KafkaMessage } from 'kafkajs';
import { parseEvent, SPBE_EVENT_TYPES, SpbeIndexComputedV1, SpbeLevelRecordedV1, SpbeTargetSetV1, TOPICS } from '@selaras/contracts';
import { httpClient, readTopic, RunningService, testKafka, testToken, topicEnds } from '@selaras/testing';
import { levelItems, startSpbeIndicators } from './spbe-test-service';

/**
 * The events on `spbe.events` as a consumer (reporting) sees them: through the outbox relay
 * and the real broker, parsed with the contract classes. Region 81.07 (Kepulauan Aru), 2026.
 */
describe('SPBE events on spbe.events', () => {
  let spbe: RunningService;
  const KEY = '81.07:2026';
  const base = '/v1/spbe/assessments/81.07/2026';

  /** Where spbe.events ended before this spec: it reads only the events it caused. */
  let before: { partition: number; offset: string }[];

  beforeAll(async () => {
    before = await topicEnds(testKafka(), TOPICS.spbeEvents.name);
    spbe = await startSpbeIndicators();
  });

  afterAll(async () => {
    await spbe?.close();
  });

  it('announces every level, the index once the assessment is complete, and the target, in order', async () => {
    const aru = httpClient(spbe.url, testToken('81.07', 'opd'));
    // 46 of 47: levels are announced, an index is not (it would be misleading). Pinned to 59/2020:
    // without frameworkId a 2026 assessment is on Indeks Pemdi (see pemdi.integration-spec.ts).
    expect((await aru.put(base, { kind: 'self', frameworkId: 'permenpanrb-59-2020', levels: levelItems([[1, 46, 3]]) })).status).toBe(200);
    // The 47th completes it: 3.00.
    await aru.put(`${base}/indicators/47`, { level: 3, kind: 'self' });
    // The same again changes nothing and announces nothing.
    await aru.put(`${base}/indicators/47`, { level: 3, kind: 'self' });
    // Indicator 1 (1.3 %) to level 4: index 3.013 → 3.01, domain 1 (9·3 + 4) / 10 → 3.10.
    await aru.put(`${base}/indicators/1`, { level: 4, kind: 'self', evidence: { note: 'Perbup Arsitektur SPBE' } });
    await httpClient(spbe.url, testToken('81', 'coordinator')).put('/v1/spbe/targets/81.07/2026', { target: 3.5, frameworkId: 'permenpanrb-59-2020' });

    const isOurs = (m: KafkaMessage) => m.key?.toString() === KEY;
    const messages = (await readTopic(testKafka(), TOPICS.spbeEvents.name, (seen) => seen.some((m) => isOurs(m) && m.headers?.['ce-type']?.toString() === SPBE_EVENT_TYPES.targetSet), 30000, before)).filter(isOurs);
    const events = messages.map((m) => parseEvent(m.value as Buffer));

    expect(events.map((e) => e.type)).toEqual([
      ...Array(46).fill(SPBE_EVENT_TYPES.levelRecorded),
      SPBE_EVENT_TYPES.levelRecorded,
      SPBE_EVENT_TYPES.indexComputed,
      SPBE_EVENT_TYPES.levelRecorded,
      SPBE_EVENT_TYPES.indexComputed,
      SPBE_EVENT_TYPES.targetSet,
    ]);
    expect(events.every((e) => e.subject === KEY && e.region === '81.07' && e.source === '/regions/81.07/spbe')).toBe(true);

    const raised = events[48].data as SpbeLevelRecordedV1;
    expect(raised).toMatchObject({ region: '81.07', year: 2026, frameworkId: 'permenpanrb-59-2020', kind: 'self', indicatorNo: 1, level: 4, previousLevel: 3, recordedBy: 'test-opd@81.07', evidence: { note: 'Perbup Arsitektur SPBE' } });
    expect(events[0].data).not.toHaveProperty('previousLevel');

    const first = events[47].data as SpbeIndexComputedV1;
    expect(first).toMatchObject({ index: 3, indexText: '3.00', predikat: 'Baik', kind: 'self', frameworkVersion: '59/2020' });
    expect(first.domains.map((d) => [d.no, d.index])).toEqual([[1, 3], [2, 3], [3, 3], [4, 3]]);
    expect(first.aspects).toHaveLength(8);
    expect(first.weakest).toHaveLength(5);

    const second = events[49].data as SpbeIndexComputedV1;
    expect([second.index, second.indexText, second.predikat]).toEqual([3.01, '3.01', 'Baik']);
    expect(second.domains[0]).toMatchObject({ no: 1, index: 3.1, weightPct: 13 });
    expect(second.weakest.map((w) => w.level)).toEqual([3, 3, 3, 3, 3]);
    expect(second.weakest.map((w) => w.no)).not.toContain(1);

    expect(events[50].data as SpbeTargetSetV1).toMatchObject({ region: '81.07', year: 2026, target: 3.5, setBy: 'test-coordinator@81' });
    expect(messages[0].headers?.['content-type']?.toString()).toBe('application/cloudevents+json');
  });
});
