import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { rendererLocation } from './rendererLocation';

/* The real window factory, with Electron's BrowserWindow replaced by a recorder (no binary here). */
const made = vi.hoisted(() => [] as { options: BrowserWindowConstructorOptions; loaded: string[] }[]);
vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = {};
    loaded: string[] = [];
    constructor(options: BrowserWindowConstructorOptions) {
      made.push({ options, loaded: this.loaded });
    }
    once() {}
    on() {}
    async loadURL(url: string) {
      this.loaded.push(url);
    }
  },
}));

const { createAppWindow, isAppWindow } = await import('./window');

describe('createAppWindow', () => {
  it('makes every window isolated, sandboxed, without Node, webviews or insecure content, and loads app://', async () => {
    const window = await createAppWindow({
      renderer: rendererLocation({ root: '/opt/Newsdesk/out/renderer' }),
      preload: '/opt/Newsdesk/out/preload/index.cjs',
    });
    const { options, loaded } = made[0];
    expect(options.webPreferences).toEqual({
      preload: '/opt/Newsdesk/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
    expect(options.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(loaded).toEqual(['app://newsdesk/index.html']);
    expect(isAppWindow(window.webContents)).toBe(true);
    expect(isAppWindow({})).toBe(false);
  });

  it('opens where the window was last placed with these displays', async () => {
    const followed: unknown[] = [];
    const window = await createAppWindow({
      renderer: rendererLocation({ root: '/x' }),
      preload: '/x/preload.cjs',
      placement: {
        restore: () => ({ bounds: { x: 40, y: 50, width: 1000, height: 700 }, maximized: false }),
        follow: (w) => void followed.push(w),
      },
    });
    expect(made[1].options).toMatchObject({ x: 40, y: 50, width: 1000, height: 700, minWidth: 720, minHeight: 480 });
    expect(followed).toEqual([window]);
  });
});
