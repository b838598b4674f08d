import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.kafka', '**/.selaras', 'apps/dashboard/public/vendor/**'] },
  {
    files: ['**/*.ts'],
    rules: {
      // Apps never import apps; contracts and domain libs depend on nothing internal that
      // carries a framework; messaging may use contracts; persistence uses neither.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:test-infra', 'type:lib', 'type:contracts', 'type:messaging', 'type:persistence', 'type:domain', 'type:testing'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:persistence', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:messaging', onlyDependOnLibsWithTags: ['type:contracts', 'type:persistence', 'type:domain', 'type:test-infra'] },
            { sourceTag: 'type:test-infra', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:messaging', 'type:persistence', 'type:domain'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:test-infra', 'type:lib', 'type:contracts', 'type:messaging', 'type:persistence', 'type:domain'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers' own rules, enforced rather than hoped for: domain rules carry no framework, no
  // database and no broker (they are pure and run anywhere, the regency SDK's validation too);
  // the messaging core carries no Nest (the regency SDK and the CLI use it without Nest).
  {
    files: ['libs/domain-*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'Domain libs are framework-free: keep Nest in the apps and service-kit.' },
            { group: ['typeorm', 'typeorm/*', 'pg'], message: 'Domain libs do not touch the database: persistence belongs to the apps.' },
            { group: ['kafkajs'], message: 'Domain libs do not touch the broker: messaging belongs to libs/messaging.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/messaging/src/lib/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@nestjs/*'], message: 'The messaging core is framework-free: Nest wiring lives in libs/messaging/src/lib/nest.' }] }],
    },
  },
];
