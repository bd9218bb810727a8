import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, type CommandState, type Platform } from './commands';
import { entriesOf, menuTemplate, type MenuEntry } from './menuTemplate';

const PLATFORMS: Platform[] = ['darwin', 'win32', 'linux'];
const LANGUAGES = ['vi', 'en'] as const;
const draftOpen: CommandState = { language: 'en', draftOpen: true, finished: false };

const items = (template: MenuEntry[]) => [...entriesOf(template)];
const byCommand = (template: MenuEntry[], id: string) =>
  items(template).find((e) => e.kind === 'command' && e.command === id) as Extract<MenuEntry, { kind: 'command' }>;
const byRole = (template: MenuEntry[], role: string) =>
  items(template).find((e) => e.kind === 'role' && e.role === role) as Extract<MenuEntry, { kind: 'role' }>;
const topLabels = (template: MenuEntry[]) => template.map((e) => (e.kind === 'submenu' ? e.label : e.kind));

/** Every accelerator the issue asks for, on every platform (CmdOrCtrl is Cmd on a Mac, Ctrl elsewhere). */
const ACCELERATORS: [kind: 'command' | 'role', id: string, accelerator: string][] = [
  ['command', 'newDraft', 'CmdOrCtrl+N'],
  ['command', 'saveNow', 'CmdOrCtrl+S'],
  ['command', 'searchDrafts', 'CmdOrCtrl+F'],
  ['role', 'undo', 'CmdOrCtrl+Z'],
  ['role', 'redo', 'CmdOrCtrl+Shift+Z'],
  ['command', 'preview', 'CmdOrCtrl+P'],
  ['command', 'finish', 'CmdOrCtrl+Shift+F'],
  ['command', 'send', 'CmdOrCtrl+Enter'],
  ['command', 'settings', 'CmdOrCtrl+,'],
];

describe('menuTemplate', () => {
  for (const platform of PLATFORMS)
    for (const [kind, id, accelerator] of ACCELERATORS)
      it(`${platform}: ${id} is ${accelerator}`, () => {
        const template = menuTemplate({ platform, state: draftOpen });
        const entry = kind === 'command' ? byCommand(template, id) : byRole(template, id);
        expect(entry.accelerator).toBe(accelerator);
      });

  it('has the macOS app menu first on a Mac only', () => {
    expect(topLabels(menuTemplate({ platform: 'darwin', state: draftOpen }))).toEqual([
      'Newsdesk',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    for (const platform of ['win32', 'linux'] as const)
      expect(topLabels(menuTemplate({ platform, state: draftOpen }))).toEqual([
        'File',
        'Edit',
        'View',
        'Window',
        'Help',
      ]);
  });

  it('speaks the UI language', () => {
    const vi = menuTemplate({ platform: 'win32', state: { ...draftOpen, language: 'vi' } });
    expect(topLabels(vi)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    expect(byCommand(vi, 'newDraft').label).toBe('Bản nháp mới');
    expect(byRole(vi, 'undo').label).toBe('Hoàn tác');
  });

  for (const language of LANGUAGES)
    for (const platform of PLATFORMS)
      it(`${platform}/${language}: every item has words, none is a raw key`, () => {
        const template = menuTemplate({ platform, state: { ...draftOpen, language }, devTools: true });
        for (const entry of items(template)) {
          if (entry.kind === 'separator') continue;
          expect(entry.label).not.toMatch(/^(menu|commands|app)\./);
          expect(entry.label.length).toBeGreaterThan(0);
        }
        const commands = items(template).flatMap((e) => (e.kind === 'command' ? [e.command] : []));
        // Every command is reachable from the menu (settings and about once per platform's place).
        expect(new Set(commands)).toEqual(new Set(COMMAND_IDS));
        const accelerators = items(template).flatMap((e) =>
          e.kind !== 'separator' && e.kind !== 'submenu' && e.accelerator ? [e.accelerator] : [],
        );
        expect(new Set(accelerators).size).toBe(accelerators.length);
      });

  it('Help offers About, the data folder and the logs folder', () => {
    const help = menuTemplate({ platform: 'linux', state: draftOpen }).at(-1)!;
    expect(help.kind === 'submenu' && help.submenu.flatMap((e) => (e.kind === 'command' ? [e.command] : []))).toEqual([
      'about',
      'openDataFolder',
      'openLogsFolder',
    ]);
  });

  it('enables draft commands only with a draft open, and Send only for a finished one', () => {
    const none = menuTemplate({ platform: 'linux', state: { language: 'en', draftOpen: false, finished: false } });
    for (const id of ['saveNow', 'preview', 'finish', 'send', 'findInStory'])
      expect(byCommand(none, id).enabled).toBe(false);
    for (const id of ['newDraft', 'searchDrafts', 'settings', 'about']) expect(byCommand(none, id).enabled).toBe(true);
    const open = menuTemplate({ platform: 'linux', state: draftOpen });
    expect(byCommand(open, 'finish').enabled).toBe(true);
    expect(byCommand(open, 'send').enabled).toBe(false);
    const finished = menuTemplate({ platform: 'linux', state: { ...draftOpen, finished: true } });
    expect(byCommand(finished, 'send').enabled).toBe(true);
  });

  it('shows developer tools only when asked (development builds)', () => {
    expect(byRole(menuTemplate({ platform: 'linux', state: draftOpen }), 'toggleDevTools')).toBeUndefined();
    expect(
      byRole(menuTemplate({ platform: 'linux', state: draftOpen, devTools: true }), 'toggleDevTools'),
    ).toBeDefined();
  });

  it('finds in the story with Ctrl+H, or Cmd+Option+F where Cmd+H hides the app', () => {
    expect(byCommand(menuTemplate({ platform: 'win32', state: draftOpen }), 'findInStory').accelerator).toBe('Ctrl+H');
    const mac = menuTemplate({ platform: 'darwin', state: draftOpen });
    expect(byCommand(mac, 'findInStory').accelerator).toBe('Cmd+Alt+F');
    expect(byRole(mac, 'hide')).toBeDefined();
  });
});
