export * from './lib/test-env';
export * from './lib/eventually';
export * from './lib/services';
export * from './lib/kafka';
