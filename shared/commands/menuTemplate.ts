import { acceleratorOf, isEnabled, type CommandId, type CommandState, type Platform } from './commands';
import { wordsFor } from './words';

/*
 * The whole native menu as plain data, from (platform, state): tested under Node, turned into
 * Electron's Menu by main/app/menu (the only part that needs Electron). Role items keep
 * Electron's behaviour (undo reaches the focused editor, quit runs the app's quit path) but carry
 * our label, so the menu speaks the UI language rather than the system's.
 */

export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'close'
  | 'front'
  | 'quit'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'services';

export type MenuEntry =
  | { kind: 'command'; command: CommandId; label: string; accelerator?: string; enabled: boolean }
  | { kind: 'role'; role: MenuRole; label: string; accelerator?: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; role?: 'appMenu' | 'windowMenu' | 'help' | 'services'; submenu: MenuEntry[] };

export interface MenuInput {
  platform: Platform;
  state: CommandState;
  /** Developer tools only in a development build: a reporter's window has none. */
  devTools?: boolean;
}

const ROLE_ACCELERATORS: Partial<Record<MenuRole, string>> = {
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
};

export function menuTemplate({ platform, state, devTools = false }: MenuInput): MenuEntry[] {
  const t = wordsFor(state.language);
  const mac = platform === 'darwin';
  const separator: MenuEntry = { kind: 'separator' };
  const command = (id: CommandId): MenuEntry => ({
    kind: 'command',
    command: id,
    label: t(`commands.${id}`),
    accelerator: acceleratorOf(id, platform),
    enabled: isEnabled(id, state),
  });
  const role = (id: MenuRole): MenuEntry => ({
    kind: 'role',
    role: id,
    label: t(`menu.${id}`),
    ...(ROLE_ACCELERATORS[id] ? { accelerator: ROLE_ACCELERATORS[id] } : {}),
  });

  const appMenu: MenuEntry = {
    kind: 'submenu',
    label: t('app.name'),
    role: 'appMenu',
    submenu: [
      command('about'),
      separator,
      command('settings'),
      separator,
      { kind: 'submenu', label: t('menu.services'), role: 'services', submenu: [] },
      separator,
      role('hide'),
      role('hideOthers'),
      role('unhide'),
      separator,
      role('quit'),
    ],
  };
  const file: MenuEntry = {
    kind: 'submenu',
    label: t('menu.file'),
    submenu: [
      command('newDraft'),
      command('searchDrafts'),
      separator,
      command('saveNow'),
      separator,
      command('preview'),
      command('finish'),
      command('send'),
      separator,
      ...(mac ? [role('close')] : [command('settings'), separator, role('quit')]),
    ],
  };
  const edit: MenuEntry = {
    kind: 'submenu',
    label: t('menu.edit'),
    submenu: [
      role('undo'),
      role('redo'),
      separator,
      role('cut'),
      role('copy'),
      role('paste'),
      role('selectAll'),
      separator,
      command('findInStory'),
    ],
  };
  const view: MenuEntry = {
    kind: 'submenu',
    label: t('menu.view'),
    submenu: [
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      separator,
      role('togglefullscreen'),
      ...(devTools ? [separator, role('toggleDevTools')] : []),
    ],
  };
  const window: MenuEntry = {
    kind: 'submenu',
    label: t('menu.window'),
    role: 'windowMenu',
    submenu: mac ? [role('minimize'), role('zoom'), separator, role('front')] : [role('minimize'), role('close')],
  };
  const help: MenuEntry = {
    kind: 'submenu',
    label: t('menu.help'),
    role: 'help',
    submenu: [...(mac ? [] : [command('about'), separator]), command('openDataFolder'), command('openLogsFolder')],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}

/** Every item of a template, depth first: what tests and the command list walk. */
export function* entriesOf(template: readonly MenuEntry[]): Generator<MenuEntry> {
  for (const entry of template) {
    yield entry;
    if (entry.kind === 'submenu') yield* entriesOf(entry.submenu);
  }
}
