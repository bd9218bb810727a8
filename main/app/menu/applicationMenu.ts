import { mkdir } from 'node:fs/promises';
import { BrowserWindow, Menu, shell } from 'electron';
import { channelOf } from '../../../shared/contract';
import type { CommandId, CommandState, Platform } from '../../../shared/commands/commands';
import { menuTemplate } from '../../../shared/commands/menuTemplate';
import { languageOfLocale } from '../../../shared/i18n/language';
import type { AppModule } from '../AppModule';
import { isRendererUrl, type RendererLocation } from '../rendererLocation';
import { isAppWindow } from '../window';
import { runCommand } from './commandRouter';
import { electronTemplate } from './electronTemplate';

export interface ApplicationMenuOptions {
  renderer: RendererLocation;
  dataFolder: string;
  logsFolder: string;
  /** Development builds only. */
  devTools: boolean;
}

export interface ApplicationMenu extends AppModule {
  /** The renderer reported what it shows (app.commandState): rebuild if anything changed. */
  follow(state: CommandState): void;
}

/** The front window showing our renderer: where a menu command is carried out. */
function frontWindow(renderer: RendererLocation): BrowserWindow | undefined {
  const ours = (w: BrowserWindow | null) =>
    w !== null && !w.isDestroyed() && isAppWindow(w.webContents) && isRendererUrl(w.webContents.getURL(), renderer);
  const focused = BrowserWindow.getFocusedWindow();
  return ours(focused) ? focused! : BrowserWindow.getAllWindows().find(ours);
}

/**
 * The native menu, built from shared/commands' one description and rebuilt when the UI language
 * or the open draft changes. Until the page reports, the menu follows the system language.
 */
export function applicationMenu(options: ApplicationMenuOptions): ApplicationMenu {
  let state: CommandState | null = null;
  let ready = false;
  const run = (command: CommandId) =>
    runCommand(command, {
      toWindow: (id) => {
        const window = frontWindow(options.renderer);
        window?.webContents.send(channelOf('app.command'), { command: id });
        return window !== undefined;
      },
      showFolder: async (folder) => {
        await mkdir(folder, { recursive: true }); // the logs folder may not exist yet
        return shell.openPath(folder);
      },
      dataFolder: options.dataFolder,
      logsFolder: options.logsFolder,
      report: (message) => console.warn(`[newsdesk] menu: ${message}`),
    });
  const build = () => {
    if (!ready || state === null) return;
    const template = menuTemplate({ platform: process.platform as Platform, state, devTools: options.devTools });
    Menu.setApplicationMenu(Menu.buildFromTemplate(electronTemplate(template, run)));
  };
  return {
    follow(next) {
      if (state !== null && JSON.stringify(state) === JSON.stringify(next)) return;
      state = next;
      build();
    },
    async init({ app }) {
      await app.whenReady();
      ready = true;
      state ??= { language: languageOfLocale(app.getLocale()), draftOpen: false, finished: false };
      build();
    },
  };
}
