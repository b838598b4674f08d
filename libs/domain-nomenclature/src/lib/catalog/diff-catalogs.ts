import { GovernmentLevel } from '../code/government-level';
import { compactText } from '../search/normalise-text';

/** What a diff needs of a catalog row; {@link NomenclatureRow} fits. Codes must be in their four-digit form. */
export interface CatalogEntry {
  readonly level: GovernmentLevel;
  readonly code: string;
  readonly name: string;
  /** The code this entry replaces (`sub_kegiatan_sebelumnya`), when the version says so. */
  readonly previous?: { readonly code: string } | null;
}

export interface CatalogRename {
  readonly level: GovernmentLevel;
  readonly code: string;
  readonly oldName: string;
  readonly newName: string;
  /** Only case, spacing or punctuation changed. */
  readonly cosmetic: boolean;
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
  readonly renamed: number;
  readonly renamedCosmetic: number;
  /** Retired entries with at least one successor. */
  readonly retiredWithSuccessor: number;
  readonly replacedDeclared: number;
  readonly replacedSameName: number;
}

export interface CatalogDiff<T extends CatalogEntry> {
  /** Keys (level, code) only in the new version, in its order. */
  readonly added: T[];
  /** Keys only in the old version, in its order. */
  readonly retired: T[];
  /** Keys in both whose name differs. */
  readonly renamed: CatalogRename[];
  /** Successors of retired entries; a retired entry may have several (a split) or none. */
  readonly replacedBy: CatalogReplacement[];
  readonly summary: CatalogDiffSummary;
}

/**
 * Compares two versions of the sub kegiatan catalog, keyed on (level, code). A retired code's
 * successors are the new entries that name it in `sub_kegiatan_sebelumnya`; failing that, the
 * added entries at the same level whose name is the same once case, spacing and punctuation
 * are ignored ("the same name moved to a new code").
 */
export function diffCatalogs<T extends CatalogEntry>(oldEntries: readonly T[], newEntries: readonly T[]): CatalogDiff<T> {
  const oldByKey = indexBy(oldEntries, keyOf);
  const newByKey = indexBy(newEntries, keyOf);
  const added = newEntries.filter((e) => !oldByKey.has(keyOf(e)));
  const retired = oldEntries.filter((e) => !newByKey.has(keyOf(e)));

  const renamed: CatalogRename[] = [];
  let unchanged = 0;
  for (const before of oldEntries) {
    const after = newByKey.get(keyOf(before));
    if (!after) continue;
    if (after.name === before.name) unchanged++;
    else renamed.push({ level: before.level, code: before.code, oldName: before.name, newName: after.name, cosmetic: compactText(before.name) === compactText(after.name) });
  }

  const replacedBy = findSuccessors(retired, newEntries, added);
  return {
    added,
    retired,
    renamed,
    replacedBy,
    summary: {
      unchanged,
      added: added.length,
      retired: retired.length,
      renamed: renamed.length,
      renamedCosmetic: renamed.filter((r) => r.cosmetic).length,
      retiredWithSuccessor: new Set(replacedBy.map((r) => `${r.level}:${r.retiredCode}`)).size,
      replacedDeclared: replacedBy.filter((r) => r.reason === 'declared').length,
      replacedSameName: replacedBy.filter((r) => r.reason === 'same-name').length,
    },
  };
}

function findSuccessors(retired: readonly CatalogEntry[], newEntries: readonly CatalogEntry[], added: readonly CatalogEntry[]): CatalogReplacement[] {
  const declared = groupBy(
    newEntries.filter((e) => e.previous),
    (e) => `${e.level}:${e.previous?.code}`,
  );
  const sameName = groupBy(added, (e) => `${e.level}:${compactText(e.name)}`);
  const replacements: CatalogReplacement[] = [];
  for (const gone of retired) {
    const byDeclaration = declared.get(keyOf(gone)) ?? [];
    const successors = byDeclaration.length > 0 ? byDeclaration : (sameName.get(`${gone.level}:${compactText(gone.name)}`) ?? []);
    const reason = byDeclaration.length > 0 ? 'declared' : 'same-name';
    for (const next of successors) {
      replacements.push({ level: gone.level, retiredCode: gone.code, retiredName: gone.name, successorCode: next.code, successorName: next.name, reason });
    }
  }
  return replacements;
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
