// Integration and end-to-end specs against the real Kafka broker (deploy/kafka) and the
// real PostgreSQL. globalSetup makes sure both answer and creates the test database.
module.exports = {
  ...require('./jest.preset'),
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  testTimeout: 120000,
  maxWorkers: 1,
  // A spec that fails half-way can leave a kafkajs connection open; CI must not hang on it.
  forceExit: true,
};
