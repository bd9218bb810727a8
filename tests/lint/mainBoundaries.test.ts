import { describe } from 'vitest';
import { lintEachCase, type BoundaryCase } from './boundaryCases';

// Inside main/: services at the bottom, ipcMain and electron-* confined to main/app, the preload a bridge only; renderer/editor never reaches into renderer/src.

const cases: BoundaryCase[] = [
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

describe('main/ depends one way (eslint.config.js)', () => lintEachCase(cases));
