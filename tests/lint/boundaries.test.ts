import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The folder boundaries of STYLE.md, checked through the real eslint.config.js: every forbidden
 * import must fail lint with a boundary rule, every allowed one must pass. The files need not
 * exist; lintText only uses the path to pick the config.
 */

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

interface Case {
  name: string;
  file: string;
  code: string;
  /** The boundary rule that must report, or null when the code is allowed. */
  fails: 'no-restricted-imports' | 'no-restricted-syntax' | 'no-restricted-globals' | null;
}

const cases: Case[] = [
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

  // main/ depends one way: app, web → compose → api → services
  {
    name: 'main/services imports main/api',
    file: 'main/services/drafts/x.ts',
    code: "import { createHandlers } from '../../api/handlers';\nexport const x = createHandlers;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'main/services/index.ts imports the composition root',
    file: 'main/services/index.ts',
    code: "import { createNewsdesk } from '../compose';\nexport const x = createNewsdesk;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'main/services imports main/app',
    file: 'main/services/photos/x.ts',
    code: "import type { RendererLocation } from '../../app/rendererLocation';\nexport type X = RendererLocation;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'main/services imports the web host dynamically',
    file: 'main/services/x.ts',
    code: "export const load = () => import('../web/server');\n",
    fails: 'no-restricted-syntax',
  },
  {
    name: 'main/api imports the composition root',
    file: 'main/api/handlers/x.ts',
    code: "import { createNewsdesk } from '../../compose';\nexport const x = createNewsdesk;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'main/app imports main/web',
    file: 'main/app/security/policy.ts',
    code: "import { serveStatic } from '../../web/static';\nexport const x = serveStatic;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'main/web imports main/app',
    file: 'main/web/server.ts',
    code: "import { rendererLocation } from '../app/rendererLocation';\nexport const x = rendererLocation;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'main/web imports main/app through main/',
    file: 'main/web/x.ts',
    code: "import type { AppModule } from '../../main/app/AppModule';\nexport type X = AppModule;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'main/services imports its own errors',
    file: 'main/services/drafts/x.ts',
    code: "import { ServiceError } from '../errors';\nexport const x = ServiceError;\n",
    fails: null,
  },
  {
    name: 'main/api imports the services',
    file: 'main/api/handlers/x.ts',
    code: "import { ServiceError } from '../../services/errors';\nexport const x = ServiceError;\n",
    fails: null,
  },
  {
    name: 'main/app imports the composition root and the shared CSP',
    file: 'main/app/index.ts',
    code: "import { createNewsdesk } from '../compose';\nimport { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';\nexport const x = [createNewsdesk, contentSecurityPolicy];\n",
    fails: null,
  },
  {
    name: 'main/web imports the composition root and the API',
    file: 'main/web/server.ts',
    code: "import type { Newsdesk } from '../compose';\nimport type { Dispatcher } from '../api/dispatcher';\nexport type X = [Newsdesk, Dispatcher];\n",
    fails: null,
  },
  {
    name: 'the composition root imports the API and the services',
    file: 'main/compose.ts',
    code: "import { createHandlers } from './api/handlers';\nimport { createServices } from './services';\nexport const x = [createHandlers, createServices];\n",
    fails: null,
  },

  // ipcMain only in main/app/ipc.ts
  {
    name: 'a main/app module imports ipcMain',
    file: 'main/app/menu.ts',
    code: "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'a main/app module imports ipcMain from electron/main',
    file: 'main/app/security/secrets.ts',
    code: "import { ipcMain } from 'electron/main';\nexport const x = ipcMain;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'a main/app module reaches ipcMain through the namespace',
    file: 'main/app/menu.ts',
    code: "import * as electron from 'electron';\nexport const x = () => electron.ipcMain.handle('x', () => 1);\n",
    fails: 'no-restricted-syntax',
  },
  {
    name: 'a main/app module takes ipcMain from a dynamic import',
    file: 'main/app/menu.ts',
    code: "export const load = async () => {\n  const { ipcMain } = await import('electron');\n  return ipcMain;\n};\n",
    fails: 'no-restricted-syntax',
  },
  {
    name: 'main/app/ipc.ts imports ipcMain',
    file: 'main/app/ipc.ts',
    code: "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n",
    fails: null,
  },
  {
    name: 'a main/app module imports other electron APIs',
    file: 'main/app/menu.ts',
    code: "import { Menu, dialog } from 'electron';\nexport const x = [Menu, dialog];\n",
    fails: null,
  },

  // electron-* packages only in main/app
  {
    name: 'main/services imports electron-store',
    file: 'main/services/settings/x.ts',
    code: "import Store from 'electron-store';\nexport const x = Store;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'the renderer imports electron-log',
    file: 'renderer/src/App.tsx',
    code: "import log from 'electron-log/renderer';\nexport const x = log;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'the preload imports electron-log',
    file: 'main/preload/index.ts',
    code: "import log from 'electron-log/preload';\nexport const x = log;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'the web host imports electron-updater dynamically',
    file: 'main/web/x.ts',
    code: "export const load = () => import('electron-updater');\n",
    fails: 'no-restricted-syntax',
  },
  {
    name: 'main/app imports electron-store',
    file: 'main/app/settingsStore.ts',
    code: "import Store from 'electron-store';\nexport const x = Store;\n",
    fails: null,
  },
  {
    name: 'the build config imports electron-vite',
    file: 'electron.vite.config.ts',
    code: "import { defineConfig } from 'electron-vite';\nexport const x = defineConfig;\n",
    fails: null,
  },

  // the preload is a bridge only
  {
    name: 'the preload imports a service',
    file: 'main/preload/index.ts',
    code: "import { DraftsService } from '../services/drafts/DraftsService';\nexport const x = DraftsService;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'the preload imports the contract',
    file: 'main/preload/index.ts',
    code: "import { buildBridge } from '../../shared/contract';\nexport const x = buildBridge;\n",
    fails: null,
  },

  // renderer/editor never reaches into renderer/src
  {
    name: 'the editor imports a renderer/src component',
    file: 'renderer/editor/nodes/CaptionedPhotoComponent.tsx',
    code: "import { PhotoEditor } from '../../src/photos/PhotoEditor';\nexport const x = PhotoEditor;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'the editor imports renderer/src dynamically',
    file: 'renderer/editor/plugins/ImagesPlugin/index.tsx',
    code: "export const load = () => import('../../../src/App');\n",
    fails: 'no-restricted-syntax',
  },
  {
    name: 'the editor imports main/ (still the renderer)',
    file: 'renderer/editor/BodyEditor.tsx',
    code: "import { createServices } from '../../main/services';\nexport const x = createServices;\n",
    fails: 'no-restricted-imports',
  },
  {
    name: 'the editor imports renderer/ui and its own nodes',
    file: 'renderer/editor/nodes/CaptionedPhotoComponent.tsx',
    code: "import { TextField } from '../../ui/TextField';\nimport { $isCaptionedPhotoNode } from './CaptionedPhotoNode';\nexport const x = [TextField, $isCaptionedPhotoNode];\n",
    fails: null,
  },
];

describe('folder boundaries (eslint.config.js)', () => {
  it.each(cases)('$name', async ({ file, code, fails }) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    const boundaryErrors = result.messages.filter(
      (m) => m.severity === 2 && m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId),
    );
    if (fails === null) {
      // Allowed code must be clean altogether, so a case can't pass by tripping another rule.
      expect(result.messages).toEqual([]);
    } else {
      expect(boundaryErrors.map((m) => m.ruleId)).toContain(fails);
      // Every boundary message tells the reader where the code belongs instead.
      for (const m of boundaryErrors) expect(m.message.length).toBeGreaterThan(40);
    }
  });
});
