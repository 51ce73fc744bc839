import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** Module boundaries (docs/style-guide.md §4): real tags, no `* -> *`. */
const depConstraints = [
  { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:isomorphic'] },
  {
    sourceTag: 'platform:node',
    onlyDependOnLibsWithTags: ['platform:node', 'platform:isomorphic'],
  },
  { sourceTag: 'platform:isomorphic', onlyDependOnLibsWithTags: ['platform:isomorphic'] },

  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:api', 'type:web', 'type:ui', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: ['type:testing', 'type:contracts', 'type:util'],
  },
  {
    sourceTag: 'type:api',
    onlyDependOnLibsWithTags: ['type:api', 'type:util', 'type:contracts', 'type:testing'],
  },
  {
    sourceTag: 'type:web',
    onlyDependOnLibsWithTags: ['type:web', 'type:ui', 'type:util', 'type:contracts'],
  },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:api', 'type:util', 'type:contracts'],
  },

  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
  {
    sourceTag: 'scope:identity',
    onlyDependOnLibsWithTags: ['scope:identity', 'scope:platform', 'scope:shared'],
  },
  {
    sourceTag: 'scope:curriculum',
    onlyDependOnLibsWithTags: [
      'scope:curriculum',
      'scope:identity',
      'scope:platform',
      'scope:shared',
    ],
  },
  {
    sourceTag: 'scope:assessment',
    onlyDependOnLibsWithTags: [
      'scope:assessment',
      'scope:curriculum',
      'scope:identity',
      'scope:platform',
      'scope:shared',
    ],
  },
  {
    sourceTag: 'scope:roleplay',
    onlyDependOnLibsWithTags: [
      'scope:roleplay',
      'scope:assessment',
      'scope:curriculum',
      'scope:identity',
      'scope:platform',
      'scope:shared',
    ],
  },
  {
    sourceTag: 'scope:credentials',
    onlyDependOnLibsWithTags: [
      'scope:credentials',
      'scope:assessment',
      'scope:curriculum',
      'scope:identity',
      'scope:platform',
      'scope:shared',
    ],
  },
  {
    sourceTag: 'scope:audit',
    onlyDependOnLibsWithTags: ['scope:audit', 'scope:identity', 'scope:platform', 'scope:shared'],
  },
  { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['*'] },
];

/**
 * For Nest projects (import from a project's eslint.config.mjs): Nest resolves providers from
 * emitted decorator metadata, and `import type` of an injected class silently breaks DI.
 */
export const nestProject = [
  { files: ['**/*.ts'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
];

/** For test-only projects (api-e2e, web-e2e, api-testing): they may read the environment and use test helpers. */
export const testProject = [
  {
    files: ['**/*.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-imports': 'off' },
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/.angular',
      '**/jest.config.cts',
      '**/jest.preset.js',
      '**/*.mjs',
      '**/*.cjs',
      '**/webpack.config.js',
    ],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
    },
  },
  // Type-aware rules are errors (style guide §9).
  ...tseslint.configs.strictTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Nest and Angular classes are often decorator-only or have injected-only constructors.
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // Flags every options literal passed to Nest and Angular APIs typed as classes.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  {
    // Configuration is read in *.config.ts files only (style guide §5).
    files: ['**/*.ts'],
    ignores: [
      '**/*.config.ts',
      '**/*.spec.ts',
      '**/*.e2e-spec.ts',
      '**/*.integration-spec.ts',
      '**/api-testing/**',
      '**/*-e2e/**',
      '**/test-setup.ts',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration in a *.config.ts file.',
        },
      ],
    },
  },
  {
    // Response bodies in tests are untyped JSON; asserting on them is the point.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.integration-spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // The test server may only be used from tests.
    files: ['**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      '**/*.e2e-spec.ts',
      '**/*.integration-spec.ts',
      '**/api-testing/**',
      '**/*-e2e/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@lms/platform/api-testing', message: 'Test helpers are for test files only.' },
          ],
        },
      ],
    },
  },
];
