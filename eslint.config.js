// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * The folder boundaries are the design (see STYLE.md): the renderer never imports main/, shared/
 * imports neither and touches no Node or DOM API, and only main/app/ and main/preload/ import
 * Electron. Each boundary is one regex + one message; `zone()` turns a folder's list into
 * `no-restricted-imports` (static imports and re-exports) plus `no-restricted-syntax` (dynamic
 * `import()` and `import('x').Type`, which no-restricted-imports does not see).
 *
 * Zones must not overlap: ESLint replaces, not merges, the options of a rule set twice.
 */

/** @typedef {{ regex: string, message: string }} Boundary */

/**
 * A top-level folder reached by a `../` chain, or through an alias (`@main/…`, `~/main/…`).
 * The relative form needs a trailing slash so `../main` (an entry file called main.tsx) is allowed;
 * a sub-folder that happens to be named like a top-level one is reported too (rename it).
 * @param {string} name
 */
const folder = (name) => `^(?:(?:\\.\\./)+${name}/|(?:@|@/|~/)?${name}(?:/|$))`;

const nodeBuiltinNames = [...new Set(builtinModules.filter((m) => !m.startsWith('node:')).map((m) => m.split('/')[0]))];
const NODE_BUILTIN = `^(?:node:|(?:${nodeBuiltinNames.join('|')})(?:/|$))`;
const ELECTRON = '^electron(?:/|$)';

/** @type {Boundary} */
const electronOnlyInShell = {
  regex: ELECTRON,
  message:
    "Only main/app/ and main/preload/ import 'electron'. Keep this code plain Node (main/services) and let main/app pass Electron objects in.",
};

const boundaries = {
  rendererToMain: {
    regex: folder('main'),
    message:
      'The renderer talks to main only through window.newsdesk (types and schemas from shared/contract). Move shared code to shared/.',
  },
  rendererToNode: {
    regex: NODE_BUILTIN,
    message:
      'The renderer is a sandboxed web page: no Node built-ins. Ask main through window.newsdesk (add an operation to shared/contract).',
  },
  sharedToMain: {
    regex: folder('main'),
    message:
      'shared/ is used by both sides and imports neither: move the code you need into shared/, or keep this code in main/.',
  },
  sharedToRenderer: {
    regex: folder('renderer'),
    message:
      'shared/ is used by both sides and imports neither: move the code you need into shared/, or keep this code in renderer/.',
  },
  sharedToNode: {
    regex: NODE_BUILTIN,
    message:
      'shared/ is pure TypeScript (it runs in the renderer too): no Node built-ins. Do I/O in main/services and pass the result in.',
  },
  preloadToNode: {
    regex: NODE_BUILTIN,
    message:
      'The preload runs sandboxed: Node built-ins are not available. Do the work in main and expose it as a contract operation.',
  },
};

/** @param {string} regex */
const esqueryRegex = (regex) => `/${regex.replaceAll('/', '\\/')}/i`;

/**
 * @param {string[]} files
 * @param {Boundary[]} list
 * @param {string[]} [ignores]
 */
function zone(files, list, ignores) {
  return {
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': ['error', { patterns: list.map(({ regex, message }) => ({ regex, message })) }],
      'no-restricted-syntax': [
        'error',
        ...list.map(({ regex, message }) => ({
          selector: `:matches(ImportExpression, TSImportType)[source.value=${esqueryRegex(regex)}]`,
          message,
        })),
      ],
    },
  };
}

const domMessage =
  'shared/ is pure TypeScript used by main too: no DOM or browser globals. Keep DOM code in renderer/ and pass plain values in.';
const nodeGlobalMessage =
  'shared/ is pure TypeScript used by the renderer too: no Node globals. Keep this in main/ and pass plain values in.';
const sharedRestrictedGlobals = [
  ...[
    'window',
    'self',
    'document',
    'navigator',
    'location',
    'history',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'HTMLElement',
    'Element',
    'Node',
    'DOMParser',
    'XMLSerializer',
    'XMLHttpRequest',
    'EventSource',
    'WebSocket',
    'fetch',
    'alert',
    'confirm',
  ].map((name) => ({ name, message: domMessage })),
  ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
    name,
    message: nodeGlobalMessage,
  })),
];

const sourceFiles = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs,jsx}'];

export default defineConfig(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      '.newsdesk-data/',
      'tmp/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['main/**', 'tests/**', 'scripts/**', 'bin/**', '*.{js,mjs,cjs,ts,mts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx,js,jsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // Boundaries. Order matters only in that each folder's zone comes after the catch-all.
  zone(sourceFiles, [electronOnlyInShell], ['main/app/**', 'main/preload/**', 'renderer/**', 'shared/**']),
  zone(['main/preload/**'], [boundaries.preloadToNode]),
  zone(['renderer/**'], [electronOnlyInShell, boundaries.rendererToMain, boundaries.rendererToNode]),
  zone(
    ['shared/**'],
    [electronOnlyInShell, boundaries.sharedToNode, boundaries.sharedToMain, boundaries.sharedToRenderer],
  ),
  {
    files: ['shared/**'],
    rules: { 'no-restricted-globals': ['error', ...sharedRestrictedGlobals] },
  },
);
