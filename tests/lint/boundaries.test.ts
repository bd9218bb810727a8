import { describe } from 'vitest';
import { lintEachCase, type BoundaryCase } from './boundaryCases';

// renderer, shared and Electron: who may import what across the top-level folders.

const cases: BoundaryCase[] = [
  // renderer → main
  {
    name: 'renderer imports main/ through ../',
    file: 'renderer/src/editor/Editor.tsx',
    code: "import { createServices } from '../../../main/services';\nexport const x = createServices;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'renderer imports main/ through an alias',
    file: 'renderer/src/App.tsx',
    code: "import { ServiceError } from '@main/services/errors';\nexport const x = ServiceError;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'renderer imports a main/ type',
    file: 'renderer/src/App.tsx',
    code: "import type { Services } from '../../main/services';\nexport type X = Services;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'renderer re-exports from main/',
    file: 'renderer/src/api.ts',
    code: "export * from '../../main/api/dispatcher';\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'renderer imports main/ dynamically',
    file: 'renderer/src/App.tsx',
    code: "export const load = () => import('../../main/services');\n",
    fails: 'no-restricted-syntax',
  },
  {
    name: 'renderer imports electron',
    file: 'renderer/src/App.tsx',
    code: "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'renderer imports node:fs',
    file: 'renderer/src/App.tsx',
    code: "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n",
    fails: 'no-restricted-imports',
  },

  // shared → electron, Node, DOM, main, renderer
  {
    name: 'shared imports electron',
    file: 'shared/contract/x.ts',
    code: "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'shared imports an electron type',
    file: 'shared/contract/x.ts',
    code: "import type { IpcRenderer } from 'electron';\nexport type X = IpcRenderer;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'shared imports node:fs',
    file: 'shared/article/x.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'shared imports fs',
    file: 'shared/article/x.ts',
    code: "import fs from 'fs';\nexport const x = fs;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'shared imports fs/promises',
    file: 'shared/article/x.ts',
    code: "import { readFile } from 'fs/promises';\nexport const x = readFile;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'shared imports path',
    file: 'shared/text/x.ts',
    code: "import path from 'path';\nexport const x = path;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'shared imports crypto dynamically',
    file: 'shared/text/x.ts',
    code: "export const load = () => import('node:crypto');\n",
    fails: 'no-restricted-syntax',
  },
  {
    name: 'shared names an electron type inline',
    file: 'shared/contract/x.ts',
    code: "export type W = import('electron').BrowserWindow;\n",
    fails: 'no-restricted-syntax',
  },
  {
    name: 'shared imports main/',
    file: 'shared/contract/x.ts',
    code: "import { ServiceError } from '../../main/services/errors';\nexport const x = ServiceError;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'shared imports renderer/',
    file: 'shared/contract/x.ts',
    code: "import { App } from '../../renderer/src/App';\nexport const x = App;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'shared touches document',
    file: 'shared/text/x.ts',
    code: 'export const title = () => document.title;\n',
    fails: 'no-restricted-globals',
  },
  {
    name: 'shared touches window',
    file: 'shared/text/x.ts',
    code: 'export const width = () => window.innerWidth;\n',
    fails: 'no-restricted-globals',
  },
  {
    name: 'shared uses localStorage',
    file: 'shared/text/x.ts',
    code: "export const read = () => localStorage.getItem('k');\n",
    fails: 'no-restricted-globals',
  },
  {
    name: 'shared uses process',
    file: 'shared/text/x.ts',
    code: 'export const platform = () => process.platform;\n',
    fails: 'no-restricted-globals',
  },

  // electron outside main/app and main/preload
  {
    name: 'main/services imports electron',
    file: 'main/services/drafts/x.ts',
    code: "import { app } from 'electron';\nexport const x = app;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'main/services imports electron/main',
    file: 'main/services/drafts/x.ts',
    code: "import { app } from 'electron/main';\nexport const x = app;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'main/web imports electron',
    file: 'main/web/x.ts',
    code: "import { shell } from 'electron';\nexport const x = shell;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'main/api imports electron dynamically',
    file: 'main/api/x.ts',
    code: "export const load = () => import('electron');\n",
    fails: 'no-restricted-syntax',
  },
  {
    name: 'a test imports electron',
    file: 'tests/x.test.ts',
    code: "import { app } from 'electron';\nexport const x = app;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'the preload imports node:fs',
    file: 'main/preload/index.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    fails: 'no-restricted-imports',
  },

  // allowed
  {
    name: 'main/app imports electron',
    file: 'main/app/index.ts',
    code: "import { app } from 'electron';\nexport const x = app;\n",
    fails: null,
  },
  {
    name: 'main/preload imports electron',
    file: 'main/preload/index.ts',
    code: "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n",
    fails: null,
  },
  {
    name: 'renderer imports shared/',
    file: 'renderer/src/editor/Editor.tsx',
    code: "import { operationNames } from '../../../shared/contract';\nexport const x = operationNames;\n",
    fails: null,
  },
  {
    name: 'renderer imports its own entry file called main',
    file: 'renderer/src/editor/Editor.tsx',
    code: "import { boot } from '../main';\nexport const x = boot;\n",
    fails: null,
  },
  {
    name: 'renderer imports a package whose name merely starts with "electron"',
    file: 'renderer/src/App.tsx',
    code: "import { x } from 'electronic-ink';\nexport const y = x;\n",
    fails: null,
  },
  {
    name: 'renderer touches document',
    file: 'renderer/src/App.tsx',
    code: 'export const title = () => document.title;\n',
    fails: null,
  },
  {
    name: 'main/services imports node:fs',
    file: 'main/services/drafts/x.ts',
    code: "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n",
    fails: null,
  },
  {
    name: 'main/services imports shared/',
    file: 'main/services/drafts/x.ts',
    code: "import { channelOf } from '../../../shared/contract';\nexport const x = channelOf;\n",
    fails: null,
  },
  {
    name: 'shared imports zod and a sibling module called fs',
    file: 'shared/article/x.ts',
    code: "import { z } from 'zod';\nimport { slug } from './fs';\nexport const x = [z, slug];\n",
    fails: null,
  },
  {
    name: 'the web host imports node:http',
    file: 'main/web/x.ts',
    code: "import { createServer } from 'node:http';\nexport const x = createServer;\n",
    fails: null,
  },
];

describe('folder boundaries (eslint.config.js)', () => lintEachCase(cases));
