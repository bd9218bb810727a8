import { useEffect } from 'react';
import { platformOfAgent } from '../../../shared/commands/keyboard';
import { hasHandler, runCommand } from './commandBus';
import { currentCommandState, hasNativeMenu } from './commandState';
import { pageCommandFor } from './pageCommand';

/**
 * The menu's shortcuts where there is no native menu (the web host): the same table
 * (shared/commands), caught before the editor sees the key. Under Electron the menu's
 * accelerators fire instead and this handler stands back, so a key never runs a command twice.
 */
export function useKeyboardCommands(): void {
  useEffect(() => {
    const platform = platformOfAgent(navigator.userAgent);
    const onKey = (event: KeyboardEvent) => {
      const command = pageCommandFor(event, {
        platform,
        nativeMenu: hasNativeMenu(),
        state: currentCommandState(),
        handled: hasHandler,
      });
      if (command === null) return;
      // Ours now: not the browser's print or save dialog, not a new line in the editor.
      event.preventDefault();
      event.stopPropagation();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
