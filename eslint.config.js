// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * The folder boundaries are the design (see STYLE.md and docs/architecture.md): the renderer never
 * imports main/, shared/ imports neither and touches no Node or DOM API, and only main/app/ and
 * main/preload/ import Electron. Inside main/ dependencies go one way: app and web (the two hosts,
 * which never import each other) → compose.ts → api → services. Each boundary is one regex + one
 * message; `zone()` turns a folder's list into `no-restricted-imports` (static imports and
 * re-exports) plus `no-restricted-syntax` (dynamic `import()` and `import('x').Type`, which
 * no-restricted-imports does not see).
 *
 * Zones must not overlap: ESLint replaces, not merges, the options of a rule set twice. So every
 * folder with its own zone is listed in the catch-all's ignores, and a zone inside another
 * (renderer/editor, main/app/ipc.ts) is ignored by the outer one and repeats its boundaries.
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
/**
 * electron-store, electron-log, electron-updater…: they need the Electron main process. Except
 * electron-log/node, electron-log's plain-Node entry: the web host logs through it.
 */
const ELECTRON_PACKAGE = '^electron-(?!log/node$)';

/**
 * A sibling folder of main/ reached from inside main/ by a `../` chain (`../api`, `../../web/x`),
 * or through `main/` (`../../main/api`). Used only for main's own folders: a services sub-folder
 * named like one of them (services/web) would be reported too — rename it.
 * @param {string[]} names
 */
const mainFolder = (names) => `^(?:\\.\\./)+(?:main/)?(?:${names.join('|')})(?:/|\\.ts$|$)`;

/** @type {Boundary} */
const electronOnlyInShell = {
  regex: ELECTRON,
  message:
    "Only main/app/ and main/preload/ import 'electron'. Keep this code plain Node (main/services) and let main/app pass Electron objects in.",
};

/** @type {Boundary} */
const electronPackagesOnlyInApp = {
  regex: ELECTRON_PACKAGE,
  message:
    'electron-* packages (electron-store, electron-log, electron-updater…) run in the Electron main process: only main/app/ imports them. Pass what they give to the services as an argument.',
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
  servicesUp: {
    regex: mainFolder(['api', 'app', 'web', 'cli', 'compose']),
    message:
      'main/services is the bottom layer: it never imports the API, the hosts (main/app, main/web), the CLI or the composition root. Throw a ServiceError (main/services/errors.ts) and let main/compose.ts wire things together.',
  },
  apiUp: {
    regex: mainFolder(['app', 'web', 'cli', 'compose']),
    message:
      'main/api binds the contract to the services; the hosts (main/app, main/web) and the composition root (main/compose.ts) use it, not the other way round.',
  },
  appToWeb: {
    regex: mainFolder(['web']),
    message:
      'main/app and main/web are two hosts of the same API and never import each other. Move what both need to main/compose.ts, main/api, main/services or shared/.',
  },
  webToApp: {
    regex: mainFolder(['app']),
    message:
      'main/web and main/app are two hosts of the same API and never import each other. Move what both need to main/compose.ts, main/api, main/services or shared/ (the CSP lives in shared/security).',
  },
  preloadToMain: {
    regex: mainFolder(['services', 'api', 'app', 'web', 'cli', 'compose']),
    message:
      'The preload is a sandboxed bridge: it imports only electron and shared/ (buildBridge, channelOf). The work happens in main, behind a contract operation.',
  },
  editorToSrc: {
    regex: '^(?:\\.\\./)+src(?:/|$)',
    message:
      'renderer/editor must not reach into renderer/src (the app screens). Move the component the editor needs beside the editor or into renderer/ui/.',
  },
  preloadToNode: {
    regex: NODE_BUILTIN,
    message:
      'The preload runs sandboxed: Node built-ins are not available. Do the work in main and expose it as a contract operation.',
  },
};

/** @param {string} regex */
const esqueryRegex = (regex) => `/${regex.replaceAll('/', '\\/')}/i`;

/** @typedef {{ name: string, importNames: string[], message: string }} RestrictedName */
/** @typedef {{ selector: string, message: string }} RestrictedSyntax */

/**
 * @param {string[]} files
 * @param {Boundary[]} list
 * @param {string[]} [ignores]
 * @param {{ names?: RestrictedName[], syntax?: RestrictedSyntax[] }} [extra] named imports and
 *   syntax this zone forbids besides its folders
 */
function zone(files, list, ignores, extra = {}) {
  return {
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: extra.names ?? [], patterns: list.map(({ regex, message }) => ({ regex, message })) },
      ],
      'no-restricted-syntax': [
        'error',
        ...list.map(({ regex, message }) => ({
          selector: `:matches(ImportExpression, TSImportType)[source.value=${esqueryRegex(regex)}]`,
          message,
        })),
        ...(extra.syntax ?? []),
      ],
    },
  };
}

/*
 * ipcMain only in main/app/ipc.ts, where every handler sits behind the sender check: a later menu
 * or secrets module that called ipcMain.handle itself would skip it.
 */
const ipcMainMessage =
  'ipcMain is used only in main/app/ipc.ts, where every channel is checked against the contract and its sender. Add a contract operation (shared/contract) instead of a handler here.';
const ipcMainOnlyInIpc = {
  names: ['electron', 'electron/main'].map((name) => ({ name, importNames: ['ipcMain'], message: ipcMainMessage })),
  syntax: [
    // electron.ipcMain, (await import('electron')).ipcMain, const { ipcMain } = …
    { selector: "MemberExpression[property.name='ipcMain']", message: ipcMainMessage },
    { selector: "ObjectPattern > Property[key.name='ipcMain']", message: ipcMainMessage },
  ],
};

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
    // CommonJS on purpose (electron-builder require()s its hooks): require is how it imports.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
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
  zone(
    sourceFiles,
    [electronOnlyInShell, electronPackagesOnlyInApp],
    [
      'main/app/**',
      'main/preload/**',
      'main/services/**',
      'main/api/**',
      'main/web/**',
      'renderer/**',
      'shared/**',
      // Build tools (electron-vite, electron-builder) are configured here; they never ship.
      '*.{js,mjs,cjs,ts,mts}',
    ],
  ),
  zone(['*.{js,mjs,cjs,ts,mts}'], [electronOnlyInShell]),
  zone(['main/services/**'], [electronOnlyInShell, electronPackagesOnlyInApp, boundaries.servicesUp]),
  zone(['main/api/**'], [electronOnlyInShell, electronPackagesOnlyInApp, boundaries.apiUp]),
  zone(['main/web/**'], [electronOnlyInShell, electronPackagesOnlyInApp, boundaries.webToApp]),
  zone(['main/app/**'], [boundaries.appToWeb], ['main/app/ipc.ts'], ipcMainOnlyInIpc),
  zone(['main/app/ipc.ts'], [boundaries.appToWeb]),
  zone(['main/preload/**'], [boundaries.preloadToNode, boundaries.preloadToMain, electronPackagesOnlyInApp]),
  zone(
    ['renderer/**'],
    [electronOnlyInShell, electronPackagesOnlyInApp, boundaries.rendererToMain, boundaries.rendererToNode],
    ['renderer/editor/**'],
  ),
  zone(
    ['renderer/editor/**'],
    [
      electronOnlyInShell,
      electronPackagesOnlyInApp,
      boundaries.rendererToMain,
      boundaries.rendererToNode,
      boundaries.editorToSrc,
    ],
  ),
  zone(
    ['shared/**'],
    [
      electronOnlyInShell,
      electronPackagesOnlyInApp,
      boundaries.sharedToNode,
      boundaries.sharedToMain,
      boundaries.sharedToRenderer,
    ],
  ),
  {
    files: ['shared/**'],
    rules: { 'no-restricted-globals': ['error', ...sharedRestrictedGlobals] },
  },
);
