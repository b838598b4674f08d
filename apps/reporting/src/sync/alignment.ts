import { kegiatanMeaningKey } from '@selaras/domain-nomenclature';
import { PriorityFact, SupportKey } from './sync-facts';
import { Alignment, PriorityRef, PrioritySupport } from './sync-report';

const PROGRAM_CODE = /^[0-9X]\.[0-9X]{2}\.\d{2}$/;

/**
 * How a priority is matched: a program priority `U.BB.PP` by the usulan's program, a kegiatan
 * priority `U.BB.PP.L.KK` by the kegiatan meaning (level digit dropped), so a kab/kota's level-2
 * kegiatan supports the province's level-1 priority of the same meaning.
 */
export function priorityMatch(code: string): { kind: 'program' | 'kegiatan'; key: string } {
  return PROGRAM_CODE.test(code) ? { kind: 'program', key: code } : { kind: 'kegiatan', key: kegiatanMeaningKey(code) };
}

export function supports(priority: Pick<PriorityFact, 'code'>, keys: readonly SupportKey[]): boolean {
  const match = priorityMatch(priority.code);
  return keys.some((k) => (match.kind === 'program' ? k.programKey === match.key : k.kegiatanKey === match.key));
}

export function priorityRef(p: PriorityFact): PriorityRef {
  return { id: p.id, code: p.code, title: p.title };
}

/** Which priorities a region's active usulan support, and which they leave as gaps. */
export function alignmentOf(priorities: readonly PriorityFact[], keys: readonly SupportKey[]): { alignment: Alignment; gaps: PriorityRef[] } {
  const supported = priorities.filter((p) => supports(p, keys));
  const gaps = priorities.filter((p) => !supported.includes(p));
  return {
    alignment: {
      priorities: priorities.length,
      supported: supported.length,
      percent: priorities.length === 0 ? null : Math.round((supported.length / priorities.length) * 1000) / 10,
      supportedPriorities: supported.map(priorityRef),
    },
    gaps: gaps.map(priorityRef),
  };
}

/** Each priority with the kab/kota that support it. */
export function prioritySupport(priorities: readonly PriorityFact[], keysByRegion: ReadonlyMap<string, SupportKey[]>, kabKota: readonly string[]): PrioritySupport[] {
  return priorities.map((p) => {
    const match = priorityMatch(p.code);
    return {
      ...priorityRef(p),
      kind: match.kind,
      matchKey: match.key,
      supportedBy: kabKota.filter((region) => supports(p, keysByRegion.get(region) ?? [])),
    };
  });
}
