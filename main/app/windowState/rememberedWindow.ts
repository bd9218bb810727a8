import { screen, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import {
  placementFor,
  remember,
  windowStateFrom,
  type DisplayArea,
  type WindowLimits,
  type WindowPlacement,
} from './placement';

/** The displays as placement.ts reads them, primary first. */
function displays(): DisplayArea[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(({ id, workArea }) => ({
    id,
    workArea,
  }));
}

/**
 * The window's placement, kept in `<data folder>/window-state.json` per display arrangement.
 * `restore` says where to open; `follow` saves the window's placement as it moves and on close.
 */
export function rememberedWindow(dataDir: string, limits: WindowLimits) {
  const store = new Store<Record<string, unknown>>({ cwd: dataDir, name: 'window-state', configFileMode: 0o600 });
  const read = () => windowStateFrom(store.store);
  return {
    restore(): WindowPlacement {
      return placementFor(read(), displays(), limits);
    },
    follow(window: BrowserWindow): void {
      let timer: NodeJS.Timeout | undefined;
      const save = () => {
        clearTimeout(timer);
        if (window.isDestroyed() || window.isMinimized()) return;
        // The normal bounds: a maximised window reopens maximised over the size it had before.
        const placement = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
        store.store = remember(read(), displays(), placement);
      };
      const soon = () => {
        clearTimeout(timer);
        timer = setTimeout(save, 500);
      };
      window.on('resize', soon);
      window.on('move', soon);
      window.on('maximize', save);
      window.on('unmaximize', save);
      window.on('close', save);
    },
  };
}
