import log from 'electron-log/node';
import { configureLogFile } from '../services/logging/logFile';

/**
 * The web host's log: electron-log's plain-Node entry writing the same rotated, redacted
 * `<data folder>/logs/main.log` as the app. console.* goes through it, so nothing the server
 * prints skips the redaction; uncaught errors are logged before the process ends.
 */
export function startWebLog(dataDir: string): string {
  const file = configureLogFile(log, dataDir);
  // The terminal shows what it showed before (the URL to open), without a time prefix.
  log.transports.console.format = '{text}';
  Object.assign(console, log.functions);
  log.errorHandler.startCatching({ showDialog: false });
  return file;
}
