import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layers may only import downwards: core <- settings <- engine <- store <- ui/lessons <- app,
 * and the command line (cli) runs core, settings and the DOM-free engine modules in Node.
 */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

/**
 * The same patterns as a regex over an `import()` source, for the dynamic imports that
 * no-restricted-imports does not see. esquery's regex literals cannot hold a slash: \x2F is one.
 */
function dynamicSource(patterns) {
  const alternatives = patterns
    .filter((pattern) => !pattern.startsWith('!'))
    .map((pattern) => {
      const dir = /^\*\*\/(.+)\/\*$/.exec(pattern);
      if (dir) return `(^|\\x2F)${dir[1].replace('/', '\\x2F')}\\x2F`;
      const prefix = /^\*\*\/(.+)\*$/.exec(pattern);
      if (prefix) return `(^|\\x2F)${prefix[1].replace(/\//g, '\\x2F')}`;
      if (pattern === '../*') return '^\\.\\.\\x2F';
      if (pattern.endsWith(':*')) return `^${pattern.slice(0, -1)}`;
      return `^${pattern}($|\\x2F)`;
    });
  return `(${alternatives.join('|')})`;
}

/** A layer's rules: its static imports and its dynamic `import()`s obey the same patterns. */
const layer = (patterns, message) => ({
  ...restrict(patterns, message),
  'no-restricted-syntax': [
    'error',
    {
      selector: `ImportExpression[source.value=/${dynamicSource(patterns)}/]`,
      message: `${message} (dynamic import)`,
    },
  ],
});

/** An upper layer as an import pattern: a folder (`store`) or a prefix (`engine/worker*`). */
const abovePattern = (name) => (name.endsWith('*') ? `**/${name}` : `**/${name}/*`);

const VIEW_PACKAGES = ['react', 'react-dom', 'zustand'];

/** Every layer but core (pure maths, below): what it may not import, and the message why. */
const LAYERS = [
  {
    files: ['src/settings/**/*.ts'],
    above: ['engine', 'store', 'ui', 'lessons', 'app', 'cli'],
    packages: [...VIEW_PACKAGES, 'node:*'],
    message: 'src/settings (the one settings schema) imports only src/core and zod.',
  },
  {
    files: ['src/engine/**/*.ts'],
    above: ['store', 'ui', 'lessons', 'app', 'cli'],
    packages: VIEW_PACKAGES,
    message: 'src/engine imports only src/core and src/settings.',
  },
  {
    files: ['src/cli/**/*.ts'],
    above: [
      'store',
      'ui',
      'lessons',
      'app',
      'engine/worker*',
      'engine/client*',
      'engine/create-worker*',
      'engine/embeddings',
    ],
    packages: VIEW_PACKAGES,
    message: 'src/cli runs in Node: core, settings and the DOM-free engine modules only.',
  },
  {
    files: ['src/store/**/*.ts'],
    above: ['ui', 'lessons', 'app', 'cli', 'engine/worker*'],
    message: 'src/store sits below the views.',
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/lessons/**/*.{ts,tsx}'],
    above: ['app', 'cli', 'engine/worker*'],
    message: 'Views never import the app shell or the worker.',
  },
];

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
      ...layer(
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
  ...LAYERS.map(({ files, above, packages = [], message }) => ({
    files,
    rules: layer([...above.map(abovePattern), ...packages], message),
  })),
);
