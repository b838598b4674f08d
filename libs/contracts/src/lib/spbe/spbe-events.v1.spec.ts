import { buildEvent } from '../build-event';
import { ContractError } from '../contract-error';
import { topicOf } from '../event-map';
import { parseEvent, parsePayload } from '../parse-event';
import { aSpbeIndexComputed, aSpbeLevelRecorded, aSpbeTargetSet } from '../testing/spbe.fixtures';
import { SPBE_EVENT_TYPES, spbeEventKey, SpbeIndexComputedV1, SpbeLevelRecordedV1, SpbeTargetSetV1 } from './spbe-events.v1';

function fieldsRefused(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContractError) return error.violations.map((v) => v.field).sort();
    throw error;
  }
  throw new Error('expected a ContractError');
}

describe('SPBE events v1', () => {
  it('publishes all three types on spbe.events, keyed region:year', () => {
    expect(Object.values(SPBE_EVENT_TYPES).map(topicOf)).toEqual(['spbe.events', 'spbe.events', 'spbe.events']);
    expect(spbeEventKey('81.71', 2025)).toBe('81.71:2025');
  });

  it('accepts a level recorded event through the envelope, evidence included', () => {
    const event = buildEvent(SPBE_EVENT_TYPES.levelRecorded, aSpbeLevelRecorded(), { source: '/regions/81.71/spbe', subject: '81.71:2025', region: '81.71' });
    const parsed = parseEvent(JSON.stringify(event), [SPBE_EVENT_TYPES.levelRecorded]);
    expect(parsed.data).toBeInstanceOf(SpbeLevelRecordedV1);
    expect(parsed.data.evidence?.documentRef).toBe('arsip://81.71/spbe/2025/32');
  });

  it('accepts the minimal v1 level event (the fields added later are optional)', () => {
    const { frameworkVersion: _v, evidence: _e, ...minimal } = aSpbeLevelRecorded();
    expect(() => parsePayload(SpbeLevelRecordedV1, minimal)).not.toThrow();
  });

  it('refuses a level outside 1–5 and a region sent as a number', () => {
    expect(fieldsRefused(() => parsePayload(SpbeLevelRecordedV1, { ...aSpbeLevelRecorded(), level: 6, region: 81.71 }))).toEqual(['data.level', 'data.region', 'data.region']);
  });

  it('accepts an index computed event with its breakdown', () => {
    const parsed = parsePayload(SpbeIndexComputedV1, aSpbeIndexComputed());
    expect(parsed.domains[3]).toMatchObject({ no: 4, index: 3, weightPct: 45.5 });
    expect(parsed.weakest[0]).toMatchObject({ no: 42, domainNo: 4, aspectNo: 8 });
  });

  it('refuses an index text without two decimals and a weak indicator without a level', () => {
    const bad = aSpbeIndexComputed({ indexText: '3' });
    (bad.weakest[0] as unknown as Record<string, unknown>).level = undefined;
    expect(fieldsRefused(() => parsePayload(SpbeIndexComputedV1, bad))).toEqual(['data.indexText', 'data.weakest.0.level', 'data.weakest.0.level', 'data.weakest.0.level']);
  });

  it('refuses an unknown assessment kind', () => {
    expect(fieldsRefused(() => parsePayload(SpbeIndexComputedV1, aSpbeIndexComputed({ kind: 'draft' as never })))).toEqual(['data.kind']);
  });

  it('accepts a target and refuses one above 5', () => {
    expect(() => parsePayload(SpbeTargetSetV1, aSpbeTargetSet({ previousTarget: 3 }))).not.toThrow();
    expect(fieldsRefused(() => parsePayload(SpbeTargetSetV1, aSpbeTargetSet({ target: 5.5 })))).toEqual(['data.target']);
  });
});
