export * from '@selaras/test-infra';
export * from './lib/services';
export * from './lib/http-client';
export * from './lib/child-service';
export * from './lib/nomenclature-seed';
export * from './lib/keycloak';
export * from './lib/regency-keys';
// Shadows test-infra's `produce`: specs write owned topics as their owner, signed.
export { produce, testOwnerSigner } from './lib/owner-signed-produce';
