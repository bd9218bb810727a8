import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_IDS, type CommandId } from '../../../shared/commands/commands';
import { menuTemplate } from '../../../shared/commands/menuTemplate';
import { runCommand, type CommandRoutes } from './commandRouter';
import { electronTemplate } from './electronTemplate';

const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? walk(item.submenu) : [])]);

describe('electronTemplate', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const)
    it(`${platform}: every command item runs its command, every role item keeps its role`, () => {
      const run = vi.fn<(command: CommandId) => void>();
      const entries = menuTemplate({ platform, state: { language: 'vi', draftOpen: true, finished: true } });
      const items = walk(electronTemplate(entries, run));
      for (const item of items.filter((i) => i.id !== undefined)) {
        item.click!({} as never, undefined, {} as never);
        expect(run).toHaveBeenLastCalledWith(item.id);
      }
      expect(new Set(run.mock.calls.map(([c]) => c))).toEqual(new Set(COMMAND_IDS));
      const undo = items.find((i) => i.role === 'undo')!;
      expect(undo).toMatchObject({ label: 'Hoàn tác', accelerator: 'CmdOrCtrl+Z' });
      expect(items.find((i) => i.role === 'windowMenu')).toBeDefined();
    });
});

describe('runCommand', () => {
  const routes = (): CommandRoutes & { sent: CommandId[]; shown: string[]; reports: string[] } => {
    const sent: CommandId[] = [];
    const shown: string[] = [];
    const reports: string[] = [];
    return {
      sent,
      shown,
      reports,
      toWindow: (command) => (sent.push(command), true),
      showFolder: async (folder) => (shown.push(folder), ''),
      dataFolder: '/data',
      logsFolder: '/data/logs',
      report: (message) => reports.push(message),
    };
  };

  it('sends what the page shows to the window, and opens folders itself', async () => {
    const r = routes();
    for (const command of COMMAND_IDS) runCommand(command, r);
    await Promise.resolve();
    expect(r.sent).toEqual(COMMAND_IDS.filter((c) => c !== 'openDataFolder' && c !== 'openLogsFolder'));
    expect(r.shown).toEqual(['/data', '/data/logs']);
    expect(r.reports).toEqual([]);
  });

  it('reports a folder the system could not open and a command with no window', async () => {
    const r = { ...routes(), toWindow: () => false, showFolder: async () => 'Failed to open path' };
    const reports: string[] = [];
    r.report = (message) => reports.push(message);
    runCommand('newDraft', r);
    runCommand('openLogsFolder', r);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reports).toEqual(['no Newsdesk window for newDraft', 'could not open /data/logs: Failed to open path']);
  });
});
