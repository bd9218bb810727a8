import { app, crashReporter } from 'electron';
import log from 'electron-log/main';
import { configureLogFile, crashDumpsFolder } from '../services/logging/logFile';

/**
 * The app's log and crash dumps, both in `<data folder>/logs/` (Help → open logs folder shows
 * them): electron-log writes main.log, rotated and redacted (no password, no story text);
 * Electron's crashReporter keeps minidumps on this computer only — nothing is uploaded.
 * Called before 'ready', right after the data folder is known.
 */
export function startAppLog(dataDir: string): string {
  app.setPath('crashDumps', crashDumpsFolder(dataDir));
  crashReporter.start({ uploadToServer: false, compress: true });
  const file = configureLogFile(log, dataDir);
  // No log.initialize(): it would add electron-log's own preload and IPC channel to the window,
  // past the one bridge. The renderer's console stays in DevTools; only main's goes to the file.
  Object.assign(console, log.functions);
  log.errorHandler.startCatching({ showDialog: false });
  return file;
}
