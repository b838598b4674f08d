import type { GovernmentLevel } from '@selaras/contracts';
import type { CatalogDiff, CatalogDiffSummary, CatalogEntry, CatalogRename, CatalogReplacement } from '@selaras/domain-nomenclature';

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
  renamed: CatalogRename[];
  replacedBy: CatalogReplacement[];
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
    replacedBy: cut(diff.replacedBy),
    truncated: limit !== undefined && [diff.added, diff.retired, diff.renamed, diff.replacedBy].some((list) => list.length > limit),
  };
}
