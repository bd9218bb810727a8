import { z } from 'zod';

/*
 * Every command a person can give Newsdesk from the keyboard or the menu, spelled once. The native
 * menu (main/app/menu), the web host's keyboard handler (renderer/src/commands) and the About
 * dialog's shortcut list all read this table, so a shortcut cannot mean one thing in the menu
 * and another on the page.
 */

export const COMMAND_IDS = [
  'newDraft',
  'searchDrafts',
  'saveNow',
  'preview',
  'finish',
  'send',
  'findInStory',
  'settings',
  'about',
  'openDataFolder',
  'openLogsFolder',
] as const;

export const CommandIdSchema = z.enum(COMMAND_IDS);
export type CommandId = z.infer<typeof CommandIdSchema>;

export type Platform = 'darwin' | 'win32' | 'linux';

/** Who carries the command out: the page (the renderer reacts) or main (a folder opens). */
export type CommandTarget = 'renderer' | 'main';

/** What the open window shows, as the renderer reports it: menus enable what applies. */
export const CommandStateSchema = z.object({
  language: z.enum(['vi', 'en']),
  /** A draft is open in the editor. */
  draftOpen: z.boolean(),
  /** The open draft is finished: only a finished story can be sent. */
  finished: z.boolean(),
});
export type CommandState = z.infer<typeof CommandStateSchema>;

export interface CommandSpec {
  target: CommandTarget;
  /** Electron's accelerator syntax; the keyboard handler parses the same string. */
  accelerator?: (platform: Platform) => string | undefined;
  /** When the command applies; always when absent. */
  enabledWhen?: (state: CommandState) => boolean;
}

const always = (accelerator: string) => () => accelerator;
const inDraft = (state: CommandState) => state.draftOpen;

export const COMMANDS: Record<CommandId, CommandSpec> = {
  newDraft: { target: 'renderer', accelerator: always('CmdOrCtrl+N') },
  searchDrafts: { target: 'renderer', accelerator: always('CmdOrCtrl+F') },
  saveNow: { target: 'renderer', accelerator: always('CmdOrCtrl+S'), enabledWhen: inDraft },
  preview: { target: 'renderer', accelerator: always('CmdOrCtrl+P'), enabledWhen: inDraft },
  finish: { target: 'renderer', accelerator: always('CmdOrCtrl+Shift+F'), enabledWhen: inDraft },
  send: {
    target: 'renderer',
    accelerator: always('CmdOrCtrl+Enter'),
    enabledWhen: (state) => state.draftOpen && state.finished,
  },
  // Cmd+H hides the app on a Mac; Cmd+Option+F is the Mac's own "Find and Replace".
  findInStory: {
    target: 'renderer',
    accelerator: (platform) => (platform === 'darwin' ? 'Cmd+Alt+F' : 'Ctrl+H'),
    enabledWhen: inDraft,
  },
  settings: { target: 'renderer', accelerator: always('CmdOrCtrl+,') },
  about: { target: 'renderer' },
  openDataFolder: { target: 'main' },
  openLogsFolder: { target: 'main' },
};

export const acceleratorOf = (command: CommandId, platform: Platform): string | undefined =>
  COMMANDS[command].accelerator?.(platform);

export const isEnabled = (command: CommandId, state: CommandState): boolean =>
  COMMANDS[command].enabledWhen?.(state) ?? true;
