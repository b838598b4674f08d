import { GovernmentLevel } from '../code/government-level';
import { compactText } from '../search/normalise-text';
import { sameItemName } from './name-meaning';

/** What a diff needs of a catalog row; {@link NomenclatureRow} fits. Codes must be in their four-digit form. */
export interface CatalogEntry {
  readonly level: GovernmentLevel;
  readonly code: string;
  readonly name: string;
  /** The code this entry replaces (`sub_kegiatan_sebelumnya`), when the version says so. */
  readonly previous?: { readonly code: string; readonly name?: string } | null;
}

export interface CatalogRename {
  readonly level: GovernmentLevel;
  readonly code: string;
  readonly oldName: string;
  readonly newName: string;
  /** Only case, spacing or punctuation changed. */
  readonly cosmetic: boolean;
}

/**
 * A new entry declares (`sub_kegiatan_sebelumnya`) that it replaces a retired code, but under a
 * name that is not the retired entry's: the code was reused for another item, so the
 * declaration is not taken as the successor (the same-name successor stands) and is reported.
 */
export interface CatalogDeclarationMismatch {
  readonly level: GovernmentLevel;
  readonly retiredCode: string;
  readonly retiredName: string;
  readonly declaringCode: string;
  readonly declaredName: string;
}

export interface CatalogReplacement {
  readonly level: GovernmentLevel;
  readonly retiredCode: string;
  readonly retiredName: string;
  readonly successorCode: string;
  readonly successorName: string;
  /** `declared`: the successor names the retired code as its predecessor; `same-name`: a new code carries the same name at the same level. */
  readonly reason: 'declared' | 'same-name';
}

export interface CatalogDiffSummary {
  readonly unchanged: number;
  readonly added: number;
  readonly retired: number;
  /** Names that differ once case, spacing and punctuation are ignored. */
  readonly renamed: number;
  /** Names that differ only in case, spacing or punctuation; not in `renamed`. */
  readonly renamedCosmetic: number;
  /** Retired entries with at least one successor. */
  readonly retiredWithSuccessor: number;
  readonly replacedDeclared: number;
  readonly replacedSameName: number;
  /** Declarations of a predecessor whose name is not the retired entry's. */
  readonly declarationMismatches: number;
}

export interface CatalogDiff<T extends CatalogEntry> {
  /** Keys (level, code) only in the new version, in its order. */
  readonly added: T[];
  /** Keys only in the old version, in its order. */
  readonly retired: T[];
  /** Keys in both whose name differs after normalisation (case, spacing, punctuation). */
  readonly renamed: CatalogRename[];
  /** Keys in both whose raw name differs only in case, spacing or punctuation. */
  readonly renamedCosmetic: CatalogRename[];
  /** Successors of retired entries; a retired entry may have several (a split) or none. */
  readonly replacedBy: CatalogReplacement[];
  /** Declared predecessors whose declared name is not the retired entry's (import warnings). */
  readonly declarationMismatches: CatalogDeclarationMismatch[];
  readonly summary: CatalogDiffSummary;
}

/**
 * Compares two versions of the sub kegiatan catalog, keyed on (level, code). A retired code's
 * successors are the new entries that name it in `sub_kegiatan_sebelumnya` with its name
 * ({@link sameItemName}: normalised, a corrected spelling allowed); failing that, the added entries at the same level whose name is the same once
 * case, spacing and punctuation are ignored ("the same name moved to a new code"). A
 * declaration naming the code under another name is a reused code (KABKOT 2.19.03.2.05.0013
 * declares 0006 "Pemberdayaan Perkumpulan Olahraga Rekreasi", while 2020's 0006 was
 * "Pemanfaatan Olahraga Tradisional…"): it is reported, not followed. A declaration without a
 * name (older files) is followed.
 */
export function diffCatalogs<T extends CatalogEntry>(oldEntries: readonly T[], newEntries: readonly T[]): CatalogDiff<T> {
  const oldByKey = indexBy(oldEntries, keyOf);
  const newByKey = indexBy(newEntries, keyOf);
  const added = newEntries.filter((e) => !oldByKey.has(keyOf(e)));
  const retired = oldEntries.filter((e) => !newByKey.has(keyOf(e)));

  const renamed: CatalogRename[] = [];
  const renamedCosmetic: CatalogRename[] = [];
  let unchanged = 0;
  for (const before of oldEntries) {
    const after = newByKey.get(keyOf(before));
    if (!after) continue;
    if (after.name === before.name) {
      unchanged++;
      continue;
    }
    const cosmetic = compactText(before.name) === compactText(after.name);
    (cosmetic ? renamedCosmetic : renamed).push({ level: before.level, code: before.code, oldName: before.name, newName: after.name, cosmetic });
  }

  const { replacements: replacedBy, mismatches: declarationMismatches } = findSuccessors(retired, newEntries, added);
  return {
    added,
    retired,
    renamed,
    renamedCosmetic,
    replacedBy,
    declarationMismatches,
    summary: {
      unchanged,
      added: added.length,
      retired: retired.length,
      renamed: renamed.length,
      renamedCosmetic: renamedCosmetic.length,
      retiredWithSuccessor: new Set(replacedBy.map((r) => `${r.level}:${r.retiredCode}`)).size,
      replacedDeclared: replacedBy.filter((r) => r.reason === 'declared').length,
      replacedSameName: replacedBy.filter((r) => r.reason === 'same-name').length,
      declarationMismatches: declarationMismatches.length,
    },
  };
}

function findSuccessors(
  retired: readonly CatalogEntry[],
  newEntries: readonly CatalogEntry[],
  added: readonly CatalogEntry[],
): { replacements: CatalogReplacement[]; mismatches: CatalogDeclarationMismatch[] } {
  const declared = groupBy(
    newEntries.filter((e) => e.previous),
    (e) => `${e.level}:${e.previous?.code}`,
  );
  const sameName = groupBy(added, (e) => `${e.level}:${compactText(e.name)}`);
  const replacements: CatalogReplacement[] = [];
  const mismatches: CatalogDeclarationMismatch[] = [];
  for (const gone of retired) {
    const byDeclaration: CatalogEntry[] = [];
    for (const next of declared.get(keyOf(gone)) ?? []) {
      const declaredName = next.previous?.name ?? '';
      if (declaredName === '' || sameItemName(declaredName, gone.name)) byDeclaration.push(next);
      else mismatches.push({ level: gone.level, retiredCode: gone.code, retiredName: gone.name, declaringCode: next.code, declaredName });
    }
    const successors = byDeclaration.length > 0 ? byDeclaration : (sameName.get(`${gone.level}:${compactText(gone.name)}`) ?? []);
    const reason = byDeclaration.length > 0 ? 'declared' : 'same-name';
    for (const next of successors) {
      replacements.push({ level: gone.level, retiredCode: gone.code, retiredName: gone.name, successorCode: next.code, successorName: next.name, reason });
    }
  }
  return { replacements, mismatches };
}

function keyOf(entry: CatalogEntry): string {
  return `${entry.level}:${entry.code}`;
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
