// Codes
export type { GovernmentLevel, LevelLike } from './lib/code/government-level';
export { toGovernmentLevel, describeGovernmentLevel } from './lib/code/government-level';
export type { LevelDigit, SpecialRegime, SpecialRegimeId } from './lib/code/level-digit';
export { SPECIAL_REGIMES, generalLevelOfDigit, specialRegimeOfDigit, isDigitAllowedAtLevel } from './lib/code/level-digit';
export type { ProgramCode, KegiatanCode, SubKegiatanCode, ParseCodeResult } from './lib/code/nomenclature-code';
export { parseSubKegiatanCode, parseKegiatanCode, parseProgramCode, parseAnyCode, toSubKegiatanCode } from './lib/code/nomenclature-code';
export type { NomenclatureCodeErrorCode, NomenclatureCodeError } from './lib/code/nomenclature-code.errors';
export { NomenclatureCodeMalformedError, NomenclatureLevelMismatchError, NomenclatureSpecialRegimeNotAllowedError } from './lib/code/nomenclature-code.errors';
export type { LevelRuleOk, LevelRuleOptions } from './lib/code/level-rule';
export { levelRule } from './lib/code/level-rule';
export { programKey, kegiatanMeaningKey, subKegiatanMeaningKey, canonicalSubKegiatanCode, penunjangTemplateOf } from './lib/code/meaning-keys';
export type { PenunjangUse, PenunjangUsageProblem } from './lib/code/penunjang';
export {
  BIDANG_URUSAN, PENUNJANG_TEMPLATE_BIDANG, isBidangUrusan, penunjangUseOf, isPenunjangTemplate, isPenunjangCode, opdBidangOf, penunjangUsageProblem,
} from './lib/code/penunjang';
export type { Result } from './lib/result';

// Catalog (CSV import, versions, diff)
export type { NomenclatureRow, PreviousSubKegiatan } from './lib/catalog/nomenclature-row';
export type { NomenclatureCsvError, NomenclatureCsvErrorCode } from './lib/catalog/nomenclature-csv.errors';
export type { NomenclatureCsvFormat, NomenclatureCsvFormatSpec } from './lib/catalog/nomenclature-csv-format';
export { NOMENCLATURE_CSV_FORMATS, detectNomenclatureCsvFormat } from './lib/catalog/nomenclature-csv-format';
export type { NomenclatureCsvResult, ParseNomenclatureCsvOptions } from './lib/catalog/nomenclature-csv';
export { parseNomenclatureCsv } from './lib/catalog/nomenclature-csv';
export { parsePreviousSubKegiatan } from './lib/catalog/previous-sub-kegiatan';
export type { ReferenceCatalog, ReferenceCatalogId } from './lib/catalog/reference-catalogs';
export { REFERENCE_CATALOGS, loadReferenceCatalog } from './lib/catalog/reference-catalogs';
export type { CatalogEntry, CatalogDiff, CatalogDiffSummary, CatalogRename, CatalogReplacement, CatalogDeclarationMismatch } from './lib/catalog/diff-catalogs';
export { diffCatalogs } from './lib/catalog/diff-catalogs';
export type { PairableEntry, PairBasis, SubKegiatanPair } from './lib/catalog/pair-sub-kegiatan';
export { pairSubKegiatan, countPairsByBasis, PAIR_BASES } from './lib/catalog/pair-sub-kegiatan';
export { meaningName, meaningWords, nameSimilarity, sameItemName, SAME_ITEM_SIMILARITY } from './lib/catalog/name-meaning';

// Search
export { normaliseText, compactText, tokenize, matchesQuery, createNameMatcher } from './lib/search/normalise-text';
export { trigramsOf, wordSimilarity, WordSimilarity, TrigramDictionary } from './lib/search/word-similarity';
