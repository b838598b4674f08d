// Frameworks (data)
export type { FrameworkDefinition, LevelDefinition, PredikatDefinition, DomainDefinition, AspectDefinition, IndicatorDefinition } from './lib/framework/framework-definition';
export type { SpbeFramework, IndicatorRef } from './lib/framework/validate-framework';
export { validateFramework } from './lib/framework/validate-framework';
export type { FrameworkMetadata } from './lib/framework/framework-from-csv';
export { frameworkFromIndicatorCsv } from './lib/framework/framework-from-csv';
export { loadPermenPanRb59Framework, parseFrameworkJson, PERMENPANRB_59_2020_FILE } from './lib/framework/load-framework';
export { unitsPerPercentFor } from './lib/framework/weight-units';
export type { SpbeErrorCode } from './lib/framework/framework.errors';
export { SpbeFrameworkMalformedError, SpbeFrameworkWeightsInvalidError, SpbeIndicatorUnknownError, SpbeLevelOutOfRangeError } from './lib/framework/framework.errors';

// Index arithmetic
export type { IndexScore } from './lib/index/index-score';
export { indexScore, formatHundredths } from './lib/index/index-score';
export { predikatOf } from './lib/index/predikat';
export { checkLevels, checkIndicatorLevel } from './lib/index/check-levels';
export type { SpbeIndexResult, DomainIndex, AspectIndex, WeakIndicator, ComputeIndexOptions } from './lib/index/compute-index';
export { computeIndex } from './lib/index/compute-index';
