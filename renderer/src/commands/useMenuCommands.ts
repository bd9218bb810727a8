import { useEffect } from 'react';
import { runCommand } from './commandBus';

/** Menu items chosen in the native menu arrive as the app.command event (Electron only). */
export function useMenuCommands(): void {
  useEffect(() => window.newsdesk.app.onCommand(({ command }) => void runCommand(command)), []);
}
