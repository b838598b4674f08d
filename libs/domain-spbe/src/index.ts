// Frameworks (data)
export type {
  FrameworkDefinition,
  DomainFrameworkDefinition,
  LevelDefinition,
  PredikatDefinition,
  TierDefinition,
  GroupDefinition,
  DomainDefinition,
  AspectDefinition,
  IndicatorDefinition,
} from './lib/framework/framework-definition';
export { DOMAIN_ASPECT_TIERS } from './lib/framework/framework-definition';
export type { SpbeFramework, IndicatorRef, GroupRef, FrameworkGroup } from './lib/framework/validate-framework';
export { validateFramework } from './lib/framework/validate-framework';
export type { FrameworkMetadata } from './lib/framework/framework-from-csv';
export { frameworkFromIndicatorCsv } from './lib/framework/framework-from-csv';
export type { AspectFrameworkMetadata } from './lib/framework/framework-from-aspect-csv';
export { frameworkFromAspectCsv } from './lib/framework/framework-from-aspect-csv';
export {
  loadPermenPanRb59Framework,
  loadPermenPanRb8Framework,
  bundledFrameworks,
  parseFrameworkJson,
  PERMENPANRB_59_2020_FILE,
  PERMENPANRB_8_2026_FILE,
} from './lib/framework/load-framework';
export { frameworkInForceFor, bundledFramework } from './lib/framework/framework-in-force';
export type { DefinitionTree } from './lib/framework/framework-tree';
export { definitionTree } from './lib/framework/framework-tree';
export { unitsPerPercentFor } from './lib/framework/weight-units';
export type { SpbeErrorCode } from './lib/framework/framework.errors';
export { SpbeFrameworkMalformedError, SpbeFrameworkWeightsInvalidError, SpbeIndicatorUnknownError, SpbeLevelOutOfRangeError } from './lib/framework/framework.errors';

// Index arithmetic
export type { IndexScore } from './lib/index/index-score';
export { indexScore, formatHundredths } from './lib/index/index-score';
export { predikatOf } from './lib/index/predikat';
export { checkLevels, checkIndicatorLevel } from './lib/index/check-levels';
export type { SpbeIndexResult, DomainIndex, AspectIndex, GroupIndex, WeakIndicator, ComputeIndexOptions } from './lib/index/compute-index';
export { computeIndex } from './lib/index/compute-index';
