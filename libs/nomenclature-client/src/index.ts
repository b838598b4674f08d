export * from './lib/code-catalog';
export * from './lib/nomenclature-catalog.client';
