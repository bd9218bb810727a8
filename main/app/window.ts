import { BrowserWindow, type WebContents } from 'electron';
import type { AppModule } from './AppModule';
import type { RendererLocation } from './rendererLocation';

export interface WindowOptions {
  renderer: RendererLocation;
  /** The built preload, out/preload/index.cjs (CommonJS: sandboxed preloads can't be ESM). */
  preload: string;
}

// Web contents of windows made here; IPC and events answer only these.
const appContents = new WeakSet<WebContents>();

export const isAppWindow = (contents: WebContents): boolean => appContents.has(contents);

/** The one window factory: every Newsdesk window is sandboxed and isolated, no exceptions. */
export async function createAppWindow({ renderer, preload }: WindowOptions): Promise<BrowserWindow> {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Newsdesk',
    show: false, // shown on ready-to-show, so the editor never flashes white
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  appContents.add(window.webContents);
  window.once('ready-to-show', () => window.show());
  if (renderer.kind === 'devServer') await window.loadURL(renderer.url);
  else await window.loadFile(renderer.indexFile);
  return window;
}

/** Opens the main window when the app is ready; a second launch or a Dock click brings it back. */
export function mainWindow(options: WindowOptions): AppModule {
  const restoreOrCreate = async (): Promise<void> => {
    const existing = BrowserWindow.getAllWindows().find((w) => !w.isDestroyed() && isAppWindow(w.webContents));
    if (!existing) {
      await createAppWindow(options);
      return;
    }
    if (existing.isMinimized()) existing.restore();
    existing.show();
    existing.focus();
  };
  const report = (error: unknown) => console.error('[newsdesk] could not open the window:', error);
  return {
    async init({ app }) {
      await app.whenReady();
      await restoreOrCreate();
      app.on('second-instance', () => void restoreOrCreate().catch(report));
      app.on('activate', () => void restoreOrCreate().catch(report));
    },
  };
}
