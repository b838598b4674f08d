import { RetiredCode } from '@selaras/contracts';
import { CatalogDiff, CatalogEntry, CatalogReplacement, diffCatalogs, sameItemName } from '@selaras/domain-nomenclature';
import { catalogKey } from '@selaras/nomenclature-client';
import type { RetiredCodeRecord } from '../entries/retired-code-store.service';

export interface ActivationPlan {
  /** Previous version → next version. */
  diff: CatalogDiff<CatalogEntry>;
  /** Keys (`LEVEL:code`) to remove from `nomenclature.entries`: in the previous version, not in the next. */
  tombstoneKeys: string[];
  /** What the activation event announces: the codes this activation retires, with a successor where known. */
  retired: RetiredCode[];
  /** Everything retired while the next version is in force: this activation's retirements plus earlier ones it does not bring back. */
  retiredRecords: RetiredCodeRecord[];
}

/**
 * What activating a version changes, computed from the previous active version (its entries
 * and the codes retired before it) and the next version's entries. Successors follow
 * `diffCatalogs`: declared in `sub_kegiatan_sebelumnya` first, else the same name at a new code.
 */
export function planActivation(
  previousEntries: readonly CatalogEntry[],
  previousRetired: readonly RetiredCodeRecord[],
  nextEntries: readonly CatalogEntry[],
  nextVersionId: string,
): ActivationPlan {
  const diff = diffCatalogs(previousEntries, nextEntries);
  const successors = groupReplacements(diff.replacedBy);
  const newlyRetired: RetiredCodeRecord[] = diff.retired.map((entry) => {
    const found = successors.get(catalogKey(entry.level, entry.code)) ?? [];
    return {
      level: entry.level,
      code: entry.code,
      name: entry.name,
      retiredInVersionId: nextVersionId,
      successorCodes: found.map((r) => r.successorCode),
      successorReason: found[0]?.reason ?? null,
    };
  });
  return {
    diff,
    tombstoneKeys: diff.retired.map((e) => catalogKey(e.level, e.code)),
    retired: newlyRetired.map((r) => (r.successorCodes[0] ? { level: r.level, code: r.code, successor: r.successorCodes[0] } : { level: r.level, code: r.code })),
    retiredRecords: [...newlyRetired, ...carryForward(previousRetired, newlyRetired, nextEntries)],
  };
}

/**
 * Codes retired before stay retired unless the next version brings them back. Their successors
 * are re-resolved against the next version: one it declares wins; a successor still present is
 * kept; a successor retired now is followed to its own successors; anything else is dropped.
 */
function carryForward(previousRetired: readonly RetiredCodeRecord[], newlyRetired: readonly RetiredCodeRecord[], nextEntries: readonly CatalogEntry[]): RetiredCodeRecord[] {
  const nextKeys = new Set(nextEntries.map((e) => catalogKey(e.level, e.code)));
  const newly = new Map(newlyRetired.map((r) => [catalogKey(r.level, r.code), r]));
  const declared = new Map<string, CatalogEntry[]>();
  for (const e of nextEntries) {
    if (!e.previous) continue;
    const key = catalogKey(e.level, e.previous.code);
    declared.set(key, [...(declared.get(key) ?? []), e]);
  }
  return previousRetired
    .filter((r) => !nextKeys.has(catalogKey(r.level, r.code)) && !newly.has(catalogKey(r.level, r.code)))
    .map((r) => {
      // As in diffCatalogs: a declaration counts only under the retired entry's own name.
      const matching = (declared.get(catalogKey(r.level, r.code)) ?? []).filter((e) => !e.previous?.name || sameItemName(e.previous.name, r.name)).map((e) => e.code);
      const byDeclaration = matching.length > 0 ? matching : undefined;
      if (byDeclaration) return { ...r, successorCodes: byDeclaration, successorReason: 'declared' as const };
      const followed = unique(
        r.successorCodes.flatMap((code) => {
          const key = catalogKey(r.level, code);
          if (nextKeys.has(key)) return [code];
          return newly.get(key)?.successorCodes ?? [];
        }),
      );
      return { ...r, successorCodes: followed, successorReason: followed.length > 0 ? r.successorReason : null };
    });
}

function groupReplacements(replacements: readonly CatalogReplacement[]): Map<string, CatalogReplacement[]> {
  const groups = new Map<string, CatalogReplacement[]>();
  for (const r of replacements) {
    const key = catalogKey(r.level, r.retiredCode);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return groups;
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
