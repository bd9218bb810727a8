import { BrowserWindow, type WebContents } from 'electron';
import type { AppModule } from './AppModule';
import type { RendererLocation } from './rendererLocation';
import type { WindowLimits, WindowPlacement } from './windowState/placement';

export interface WindowOptions {
  renderer: RendererLocation;
  /** The built preload, out/preload/index.cjs (CommonJS: sandboxed preloads can't be ESM). */
  preload: string;
  /** Where the window opened last time with these displays, and how to keep that up to date. */
  placement?: { restore(): WindowPlacement; follow(window: BrowserWindow): void };
}

export const WINDOW_LIMITS: WindowLimits = { width: 1280, height: 860, minWidth: 720, minHeight: 480 };

// Web contents of windows made here; IPC and events answer only these.
const appContents = new WeakSet<WebContents>();

/** Any object may be asked about (the guards hold web contents as plain facts); only ours answer yes. */
export const isAppWindow = (contents: object): boolean => appContents.has(contents as WebContents);

/** The one window factory: every Newsdesk window is sandboxed and isolated, no exceptions. */
export async function createAppWindow({ renderer, preload, placement }: WindowOptions): Promise<BrowserWindow> {
  const opening = placement?.restore();
  const window = new BrowserWindow({
    ...(opening?.bounds ?? { width: WINDOW_LIMITS.width, height: WINDOW_LIMITS.height }),
    minWidth: WINDOW_LIMITS.minWidth,
    minHeight: WINDOW_LIMITS.minHeight,
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
      // A middle click on a link would ask for a new window: refused anyway (window.open handler),
      // but without the auxclick event no page script can react to it either.
      disableBlinkFeatures: 'Auxclick',
      // Our own offline checker marks misspellings (renderer/editor/spelling); Chromium's needs
      // dictionaries from the internet and has none for Vietnamese. One behaviour, not two.
      spellcheck: false,
    },
  });
  appContents.add(window.webContents);
  window.once('ready-to-show', () => {
    if (opening?.maximized) window.maximize();
    window.show();
  });
  placement?.follow(window);
  // app://newsdesk/index.html or the dev server: never loadFile (file:// shares one origin with every local file).
  await window.loadURL(renderer.url);
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
