import { isEnabled, type CommandId, type CommandState, type Platform } from '../../../shared/commands/commands';
import { commandForKey, type KeyPress } from '../../../shared/commands/keyboard';

export interface PageKeyContext {
  platform: Platform;
  /** true: a native menu carries the accelerators (Electron); null: main has not said yet. */
  nativeMenu: boolean | null;
  state: CommandState;
  /** Whether something on screen carries the command out. */
  handled: (command: CommandId) => boolean;
}

/**
 * The command the page itself runs for a key press, or null. Under a native menu the menu's
 * accelerator runs it (once, through app.command), so the page never does: no double fire.
 */
export function pageCommandFor(press: KeyPress & { isComposing?: boolean }, context: PageKeyContext): CommandId | null {
  if (press.isComposing || context.nativeMenu !== false) return null;
  const command = commandForKey(press, context.platform);
  if (command === null || !isEnabled(command, context.state) || !context.handled(command)) return null;
  return command;
}
