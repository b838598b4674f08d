// Unit specs: pure logic, no broker, no database. Fast, run in parallel.
module.exports = {
  ...require('./jest.preset'),
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,scripts,deploy}/**/*.spec.ts'],
};
