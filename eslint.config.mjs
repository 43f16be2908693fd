// Lint: TypeScript rules plus the import directions of shared/design/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'http',
  'url',
  'stream',
  'zlib',
];

/** Builds a no-restricted-imports rule from forbidden package names and path globs. */
function forbid(names, globs, message) {
  return [
    'error',
    {
      paths: names.filter((n) => !n.includes('*')).map((name) => ({ name, message })),
      patterns: [{ group: [...names.filter((n) => n.includes('*')), ...globs], message }],
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'tests/artifacts/**',
      '.cache/**',
      '.pingcha-dev/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='openExternal']",
          message: 'Only electron/app/safeOpenExternal.ts may call shell.openExternal.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom', 'pdfjs-dist', 'pdfjs-dist/*'],
        ['**/electron/**', '**/renderer/**', '**/tests/**'],
        'shared/ is pure TypeScript: no Node, no DOM, no Electron, nothing outside shared/.',
      ),
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': forbid(
        [...nodeBuiltins, 'electron', 'better-sqlite3'],
        ['**/electron/**', '**/tests/**'],
        'renderer/ may import shared/ and browser APIs only, never electron/ or Node.',
      ),
    },
  },
  {
    files: ['electron/**/*.ts', 'electron/**/*.mts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/app/**'],
    rules: {
      'no-restricted-imports': forbid(
        ['electron'],
        ['**/renderer/**', '**/tests/**'],
        'Only the Electron shell (main.ts, preload.ts, app/) imports electron; services run in plain Node.',
      ),
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/app/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [],
        ['**/renderer/**', '**/tests/**'],
        'The shell never imports renderer/ or tests/.',
      ),
    },
  },
  {
    // The desktop build reuses the renderer's Vite config (build tooling, not runtime code).
    files: ['electron/electron.vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/app/safeOpenExternal.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
