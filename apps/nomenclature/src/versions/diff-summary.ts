import { VersionDiffSummary } from '@selaras/contracts';
import type { CatalogDiffSummary } from '@selaras/domain-nomenclature';

/**
 * The diff summary as events carry it: `replaced` counts retired codes that have a successor;
 * `renamed` only names changed after normalisation, case or punctuation changes in
 * `renamedCosmetic` (added later, so optional on the wire).
 */
export function toEventDiffSummary(summary: CatalogDiffSummary): VersionDiffSummary {
  return {
    added: summary.added, retired: summary.retired, renamed: summary.renamed, replaced: summary.retiredWithSuccessor,
    renamedCosmetic: summary.renamedCosmetic, declarationMismatches: summary.declarationMismatches,
  };
}
