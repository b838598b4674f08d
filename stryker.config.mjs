// Mutation testing (`npm run mutate`; not part of `npm test`: it runs the unit specs once per
// mutant). Scope: the code whose bugs the unit specs must catch on their own — the domain rules,
// the messaging core's pure parts, the caller's region rules, the usulan lifecycle and
// reporting's sync computation. The relay, the Kafka client and topic admin are proven by the
// integration specs against the real broker and are left out (every mutant there would count as
// uncovered here). scripts/mutate.mjs prints the score per folder and fails below the floor.
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.unit.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  checkers: [],
  mutate: [
    'libs/domain-*/src/lib/**/*.ts',
    '!libs/domain-*/src/lib/**/*.spec.ts',
    '!libs/domain-*/src/lib/testing/**',
    'libs/messaging/src/lib/core/{backoff,batch-transaction,dead-letter,inbox,offsets,transient-error}.ts',
    'libs/service-kit/src/lib/auth/caller.ts',
    'apps/proposals/src/usulan/usulan-lifecycle.ts',
    'apps/reporting/src/sync/{alignment,compute-sync-report,invalid-codes,overlaps,proposal-counts,spbe-summary}.ts',
  ],
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['json', 'progress'],
  jsonReporter: { fileName: 'tmp/mutation/mutation.json' },
  tempDirName: 'tmp/stryker',
  cleanTempDir: 'always',
};
