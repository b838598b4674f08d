import { buildEvent } from '../build-event';
import { ContractError } from '../contract-error';
import { topicOf } from '../event-map';
import { parseEvent, parsePayload } from '../parse-event';
import { aPemdiIndexComputed, aSpbeIndexComputed, aSpbeLevelRecorded, aSpbeTargetSet } from '../testing/spbe.fixtures';
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

  it('accepts an Indeks Pemdi index in v1: no domains, its aspects, its name and the provisional flag', () => {
    const { target: _t, gap: _g, ...pemdi } = aPemdiIndexComputed();
    const parsed = parsePayload(SpbeIndexComputedV1, pemdi);
    expect(parsed).toMatchObject({ frameworkId: 'permenpanrb-8-2026', frameworkName: 'Indeks Pemdi', provisional: true, domains: [] });
    expect(parsed.aspects.map((a) => a.weightPct)).toEqual([10, 10, 15, 15, 10, 15, 25]);
    expect(parsed.weakest[0].domainNo).toBeUndefined();
  });

  it('still parses an index event published before the Pemdi fields existed', () => {
    const { frameworkName: _n, provisional: _p, ...old } = aSpbeIndexComputed();
    expect(parsePayload(SpbeIndexComputedV1, old).frameworkName).toBeUndefined();
  });

  it('refuses a provisional flag that is not a boolean', () => {
    expect(fieldsRefused(() => parsePayload(SpbeIndexComputedV1, aPemdiIndexComputed({ provisional: 'yes' as never })))).toEqual(['data.provisional']);
  });

  it('accepts a level taken from another agency’s index and a target naming its framework', () => {
    expect(parsePayload(SpbeLevelRecordedV1, aSpbeLevelRecorded({ year: 2026, frameworkId: 'permenpanrb-8-2026', indicatorNo: 5, scoredFrom: 'SDI' })).scoredFrom).toBe('SDI');
    expect(parsePayload(SpbeTargetSetV1, aSpbeTargetSet({ year: 2027, frameworkId: 'permenpanrb-8-2026', previousFrameworkId: 'permenpanrb-59-2020' })).frameworkId).toBe('permenpanrb-8-2026');
  });
});
