import { COMMANDS, type CommandId } from '../../../shared/commands/commands';

export interface CommandRoutes {
  /** Sends the command to the window in front (the one showing our renderer), if there is one. */
  toWindow(command: CommandId): boolean;
  /** Shows a folder in the system's file manager. */
  showFolder(folder: string): Promise<string>;
  dataFolder: string;
  logsFolder: string;
  report(message: string): void;
}

/**
 * Where a menu command goes: the page carries out what it shows (new draft, Finish, About…),
 * main opens the folders. shell.openPath answers an error message rather than throwing.
 */
export function runCommand(command: CommandId, routes: CommandRoutes): void {
  if (COMMANDS[command].target === 'renderer') {
    if (!routes.toWindow(command)) routes.report(`no Newsdesk window for ${command}`);
    return;
  }
  const folder = command === 'openLogsFolder' ? routes.logsFolder : routes.dataFolder;
  void routes.showFolder(folder).then(
    (problem) => {
      if (problem) routes.report(`could not open ${folder}: ${problem}`);
    },
    (error: unknown) => routes.report(`could not open ${folder}: ${String(error)}`),
  );
}
