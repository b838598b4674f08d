import {
  AssessmentKind,
  buildEvent,
  CloudEvent,
  EventPayload,
  parsePayload,
  SPBE_EVENT_TYPES,
  spbeEventKey,
  SpbeIndexComputedV1,
  SpbeLevelRecordedV1,
  SpbeTargetSetV1,
} from '@selaras/contracts';
import { AspectIndex, SpbeIndexResult } from '@selaras/domain-spbe';
import { gapOf } from '../assessments/assessment-view';
import { LevelChange } from '../assessments/level-changes';

type SpbeEventType = (typeof SPBE_EVENT_TYPES)[keyof typeof SPBE_EVENT_TYPES];
export type SpbeEvent = CloudEvent<EventPayload<SpbeEventType>> & { type: SpbeEventType };

/** Which assessment an event is about. */
export interface AssessmentRef {
  readonly region: string;
  readonly year: number;
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  readonly kind: AssessmentKind;
}

/** What an index event says of its framework beyond the id: its index's name and whether it is provisional. */
export interface FrameworkLabel {
  readonly name: string;
  readonly provisional: boolean;
}

/**
 * Every SPBE event is checked against its own contract class before it enters the outbox: a
 * payload our consumers would dead-letter fails the request instead (and rolls it back).
 */
function spbeEvent<T extends SpbeEventType>(type: T, cls: new () => object, data: EventPayload<T>, region: string, year: number): SpbeEvent {
  parsePayload(cls, JSON.parse(JSON.stringify(data)));
  return buildEvent(type, data, { source: `/regions/${region}/spbe`, subject: spbeEventKey(region, year), region });
}

export function levelRecordedEvent(ref: AssessmentRef, change: LevelChange, recordedBy: string, recordedAt: Date, scoredFrom?: string): SpbeEvent {
  const evidence = { ...(change.evidence.note ? { note: change.evidence.note } : {}), ...(change.evidence.documentRef ? { documentRef: change.evidence.documentRef } : {}) };
  const data: SpbeLevelRecordedV1 = {
    ...ref,
    indicatorNo: change.no,
    level: change.level,
    ...(change.previousLevel !== null ? { previousLevel: change.previousLevel } : {}),
    ...(Object.keys(evidence).length > 0 ? { evidence } : {}),
    ...(scoredFrom ? { scoredFrom } : {}),
    recordedBy,
    recordedAt: recordedAt.toISOString(),
  };
  return spbeEvent(SPBE_EVENT_TYPES.levelRecorded, SpbeLevelRecordedV1, data, ref.region, ref.year);
}

/** The index of a complete assessment with its domain and aspect breakdown and weakest indicators. */
export function indexComputedEvent(ref: AssessmentRef, result: Extract<SpbeIndexResult, { complete: true }>, target: number | null, computedAt: Date, label?: FrameworkLabel): SpbeEvent {
  const score = (g: AspectIndex) => {
    // Every group of a complete assessment has its index; a null here is a bug, not data.
    if (!g.index) throw new Error(`group ${g.no} of a complete assessment has no index`);
    return { no: g.no, name: g.name, index: g.index.rounded, weightPct: g.weightPct };
  };
  const gap = gapOf(target, result.index);
  const data: SpbeIndexComputedV1 = {
    ...ref,
    ...(label ? { frameworkName: label.name, provisional: label.provisional } : {}),
    index: result.index.rounded,
    indexText: result.index.text,
    predikat: result.predikat,
    domains: result.domains.map(score),
    aspects: result.aspects.map(score),
    weakest: result.weakest.map((w) => ({
      no: w.no,
      name: w.name,
      level: w.level,
      weight: w.weightPct,
      ...(w.domainNo !== undefined ? { domainNo: w.domainNo } : {}),
      ...(w.aspectNo !== undefined ? { aspectNo: w.aspectNo } : {}),
    })),
    ...(target !== null ? { target } : {}),
    ...(gap !== null ? { gap } : {}),
    computedAt: computedAt.toISOString(),
  };
  return spbeEvent(SPBE_EVENT_TYPES.indexComputed, SpbeIndexComputedV1, data, ref.region, ref.year);
}

export interface TargetRef {
  readonly target: number;
  readonly frameworkId: string;
}

export function targetSetEvent(region: string, year: number, set: TargetRef, previous: TargetRef | null, setBy: string, setAt: Date): SpbeEvent {
  const data: SpbeTargetSetV1 = {
    region,
    year,
    target: set.target,
    frameworkId: set.frameworkId,
    ...(previous !== null ? { previousTarget: previous.target, previousFrameworkId: previous.frameworkId } : {}),
    setBy,
    setAt: setAt.toISOString(),
  };
  return spbeEvent(SPBE_EVENT_TYPES.targetSet, SpbeTargetSetV1, data, region, year);
}
