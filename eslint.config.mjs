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
];
