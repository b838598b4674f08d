import type { GovernmentLevel } from '@selaras/contracts';
import type { CatalogDeclarationMismatch, CatalogDiff, CatalogDiffSummary, CatalogEntry, CatalogRename, CatalogReplacement } from '@selaras/domain-nomenclature';

export interface DiffEntryView {
  level: GovernmentLevel;
  code: string;
  name: string;
}

export interface RetiredEntryView extends DiffEntryView {
  /** Codes of the newer version that take its place: declared in `sub_kegiatan_sebelumnya`, or the same name at a new code. */
  successors: { code: string; name: string; reason: CatalogReplacement['reason'] }[];
}

export interface VersionDiffView {
  from: string;
  to: string;
  level: GovernmentLevel | null;
  summary: CatalogDiffSummary;
  added: DiffEntryView[];
  retired: RetiredEntryView[];
  /** Names that differ after normalisation. */
  renamed: CatalogRename[];
  /** Names that differ only in case, spacing or punctuation. */
  renamedCosmetic: CatalogRename[];
  replacedBy: CatalogReplacement[];
  /** Declared predecessors whose name is not the retired entry's: not followed. */
  declarationMismatches: CatalogDeclarationMismatch[];
  /** True when `limit` cut at least one list; the summary always counts everything. */
  truncated: boolean;
}

/** The HTTP answer for a diff: full counts, and the lists (cut to `limit` items each when given). */
export function toVersionDiffView(from: string, to: string, level: GovernmentLevel | null, diff: CatalogDiff<CatalogEntry>, limit?: number): VersionDiffView {
  const successors = new Map<string, RetiredEntryView['successors']>();
  for (const r of diff.replacedBy) {
    const key = `${r.level}:${r.retiredCode}`;
    successors.set(key, [...(successors.get(key) ?? []), { code: r.successorCode, name: r.successorName, reason: r.reason }]);
  }
  const cut = <T>(items: readonly T[]): T[] => (limit === undefined ? [...items] : items.slice(0, limit));
  const brief = (e: CatalogEntry): DiffEntryView => ({ level: e.level, code: e.code, name: e.name });
  return {
    from,
    to,
    level,
    summary: diff.summary,
    added: cut(diff.added).map(brief),
    retired: cut(diff.retired).map((e) => ({ ...brief(e), successors: successors.get(`${e.level}:${e.code}`) ?? [] })),
    renamed: cut(diff.renamed),
    renamedCosmetic: cut(diff.renamedCosmetic),
    replacedBy: cut(diff.replacedBy),
    declarationMismatches: cut(diff.declarationMismatches),
    truncated: limit !== undefined && [diff.added, diff.retired, diff.renamed, diff.renamedCosmetic, diff.replacedBy, diff.declarationMismatches].some((list) => list.length > limit),
  };
}
