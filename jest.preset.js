// Shared jest settings: SWC transpiles TypeScript (with decorator metadata, which Nest and
// class-validator rely on) and the tsconfig path aliases resolve to each lib's src/index.ts.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');
const swcrc = JSON.parse(require('fs').readFileSync(require('path').join(__dirname, '.swcrc'), 'utf8'));

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  // jose is ESM-only: transform it to CommonJS like our own sources
  transformIgnorePatterns: ['/node_modules/(?!(jose|oidc-client-ts|jwt-decode)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.kafka/', '/.selaras/'],
  setupFiles: ['reflect-metadata'],
};
