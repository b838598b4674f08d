export * from '@selaras/test-infra';
export * from './lib/services';
