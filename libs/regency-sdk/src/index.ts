export * from './lib/sdk-error';
export * from './lib/usulan-change';
export * from './lib/event-builder';
export * from './lib/batch-packing';
export * from './lib/regency-client';
export * from './lib/client-credentials';
export * from './lib/delivery-retry';
