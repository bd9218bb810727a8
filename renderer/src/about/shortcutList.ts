import { acceleratorOf, COMMAND_IDS, type CommandId, type Platform } from '../../../shared/commands/commands';
import { shortcutLabel } from '../../../shared/commands/keyboard';

export interface ShortcutRow {
  /** A command of the table, or one of the editor's own (undo/redo are the editor's, not ours). */
  key: `commands.${CommandId}` | 'menu.undo' | 'menu.redo';
  keys: string;
}

/** Every shortcut the menu carries, in the menu's order, written for this platform. */
export function shortcutList(platform: Platform): ShortcutRow[] {
  const rows: ShortcutRow[] = COMMAND_IDS.flatMap((command) => {
    const accelerator = acceleratorOf(command, platform);
    return accelerator ? [{ key: `commands.${command}` as const, keys: shortcutLabel(accelerator, platform) }] : [];
  });
  return [
    ...rows,
    { key: 'menu.undo', keys: shortcutLabel('CmdOrCtrl+Z', platform) },
    { key: 'menu.redo', keys: shortcutLabel('CmdOrCtrl+Shift+Z', platform) },
  ];
}
