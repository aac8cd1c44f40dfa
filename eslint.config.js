import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layers may only import downwards: core <- engine <- store <- ui/lessons <- app. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      ...restrict(
        [
          '../*',
          '!./*',
          'react',
          'react-dom',
          'zustand',
          'recharts',
          'framer-motion',
          'zod',
          'node:*',
        ],
        'src/core is pure maths: it imports nothing outside src/core.',
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'self',
        'postMessage',
        'Worker',
        'navigator',
        'localStorage',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded Rng instead.' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: restrict(
      [
        '**/store/*',
        '**/ui/*',
        '**/lessons/*',
        '**/app/*',
        '**/cli/*',
        'react',
        'react-dom',
        'zustand',
      ],
      'src/engine imports only src/core.',
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: restrict(
      ['**/ui/*', '**/lessons/*', '**/app/*', '**/cli/*', '**/engine/worker*'],
      'src/store sits below the views.',
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/lessons/**/*.{ts,tsx}'],
    rules: restrict(
      ['**/app/*', '**/cli/*', '**/engine/worker*'],
      'Views never import the app shell or the worker.',
    ),
  },
);
