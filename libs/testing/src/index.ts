export * from '@selaras/test-infra';
export * from './lib/services';
export * from './lib/http-client';
export * from './lib/child-service';
export * from './lib/nomenclature-seed';
export * from './lib/keycloak';
export * from './lib/regency-keys';
