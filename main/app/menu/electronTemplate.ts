import type { MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '../../../shared/commands/commands';
import type { MenuEntry } from '../../../shared/commands/menuTemplate';

/**
 * The pure menu description as Electron's template: a command item runs `run(command)`, a role
 * item keeps Electron's own behaviour under our words. Type-only Electron import: tested under Node.
 */
export function electronTemplate(
  entries: readonly MenuEntry[],
  run: (command: CommandId) => void,
): MenuItemConstructorOptions[] {
  return entries.map((entry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return {
          role: entry.role,
          label: entry.label,
          ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
        };
      case 'command':
        return {
          id: entry.command,
          label: entry.label,
          enabled: entry.enabled,
          ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
          click: () => run(entry.command),
        };
      case 'submenu':
        return {
          label: entry.label,
          ...(entry.role ? { role: entry.role } : {}),
          submenu: electronTemplate(entry.submenu, run),
        };
    }
  });
}
