import { levelRule } from '@selaras/domain-nomenclature';
import { governmentLevelOfRegion } from '@selaras/domain-region';
import { CodeFact } from './sync-facts';
import { InvalidCode } from './sync-report';

/**
 * Why an active usulan's sub kegiatan is not valid in the active catalog at its region's level:
 * of the wrong level (a kab/kota using a level-1 code), retired (with the successor the new
 * version names, or the entry that says it replaces the code), or unknown. Unknown is only said
 * when a catalog is loaded at all; before the first version arrives every code would be unknown.
 */
export function invalidCode(fact: CodeFact, catalogLoaded: boolean): InvalidCode | null {
  const base = { proposalId: fact.id, subKegiatan: fact.subKegiatan, status: fact.status, paguIndikatif: fact.paguIndikatif };
  const level = governmentLevelOfRegion(fact.region);
  const rule = levelRule(level, fact.subKegiatan, { region: fact.region });
  if (!rule.ok) return { ...base, problem: 'wrong_level', successor: null, reason: rule.error.message };
  const successor = fact.successor ?? fact.replacedBy;
  if (fact.retired || fact.replacedBy) {
    return { ...base, problem: 'retired', successor, reason: `${fact.subKegiatan} is retired in the active nomenclature${successor ? `; its successor is ${successor}` : ''}` };
  }
  if (!catalogLoaded) return null;
  return { ...base, problem: 'unknown', successor: null, reason: `${fact.subKegiatan} is not in the active nomenclature for ${level}` };
}

export function invalidCodes(facts: readonly CodeFact[], catalogLoaded: boolean): InvalidCode[] {
  return facts.flatMap((f) => invalidCode(f, catalogLoaded) ?? []).sort((a, b) => a.subKegiatan.localeCompare(b.subKegiatan) || a.proposalId.localeCompare(b.proposalId));
}
