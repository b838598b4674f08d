export * from './lib/test-env';
export * from './lib/eventually';
export * from './lib/kafka';
export * from './lib/database';
