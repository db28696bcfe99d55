import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electronOnlyInMainAndPreload = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import Electron; the core, shared code and the renderer must run without it.',
};

const noAppCode = {
  group: ['**/electron/**'],
  message: 'The gateway is the company server and shared/ is common ground: neither may lean on the cabin app. Move what both need into shared/.',
};

// Electron main loads Electron's own better-sqlite3 build; a connection opened past the wrapper would load Node's and crash there.
const sqliteThroughWrapper = {
  name: 'better-sqlite3',
  allowTypeImports: true,
  message: "Open SQLite through shared/node/sqlite/database (or openDatabase): it loads the build for the runtime, Electron's or Node's.",
};

const noNodeOnlyShared = {
  group: ['**/shared/node/**'],
  message: 'shared/node is Node-only (SQLite, the file system); the window cannot run it.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload] }],
    },
  },
  {
    files: ['build/**/*.mjs', 'scripts/**/*.mjs', 'electron/core/testing/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['gateway/**/*.ts', 'shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload], patterns: [noAppCode] }] },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/workers/**/*.ts'],
    ignores: ['**/*.test.ts', 'electron/core/testing/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload, sqliteThroughWrapper] }] },
  },
  {
    files: ['shared/node/**/*.ts'],
    ignores: ['**/*.test.ts', 'shared/node/sqlite/database.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload, sqliteThroughWrapper], patterns: [noAppCode] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInMainAndPreload, { name: 'better-sqlite3', message: 'The window never touches the database; ask the core over window.api.' }],
          patterns: [
            { group: ['node:*'], message: 'The window is sandboxed: no Node modules.' },
            { group: ['**/electron/**'], message: 'The renderer reaches the core only through window.api.' },
            noNodeOnlyShared,
          ],
        },
      ],
    },
  },
  {
    // Unit tests of the window's pure helpers run under node:test, never in the window.
    files: ['renderer/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload], patterns: [noNodeOnlyShared] }] },
  },
);
