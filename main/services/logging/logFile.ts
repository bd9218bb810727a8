import { readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { redact } from './redact';

/** Where the main process writes its logs: inside the data folder, so support finds them together. */
export const logsFolder = (dataDir: string): string => path.join(dataDir, 'logs');

/** Crash dumps (Electron's crashReporter, kept on this computer) sit beside the logs. */
export const crashDumpsFolder = (dataDir: string): string => path.join(logsFolder(dataDir), 'crashes');

export const LOG_FILE = 'main.log';
/** One file grows to this size, then becomes main.1.log; four older files are kept. */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILES_KEPT = 4;

/**
 * The parts of an electron-log logger (electron-log/main in the app, electron-log/node in the
 * web host) this module sets. Structural, so services never import an electron-* package.
 */
export interface ConfigurableLog<Message extends { data: unknown[] }> {
  transports: {
    file: {
      resolvePathFn: (variables: never) => string;
      maxSize: number;
      archiveLogFn(oldLogFile: { toString(): string }): void;
      format: unknown;
    };
  };
  hooks: { push(hook: (message: Message, transport?: unknown, transportName?: string) => Message | false): unknown };
}

/**
 * Points a logger at `<data folder>/logs/main.log`, rotated by size (main.log → main.1.log … →
 * main.4.log, the oldest dropped), and makes every message written to the file pass `redact` first.
 */
export function configureLogFile<Message extends { data: unknown[] }>(
  log: ConfigurableLog<Message>,
  dataDir: string,
): string {
  const folder = logsFolder(dataDir);
  const file = path.join(folder, LOG_FILE);
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  log.transports.file.archiveLogFn = (oldLogFile) => rotate(oldLogFile.toString(), LOG_FILES_KEPT);
  // The terminal is the user's own screen (the web host prints its URL with its token there);
  // everything written to a file, which support gets, is redacted.
  log.hooks.push((message, _transport, transportName) =>
    transportName === 'console' ? message : { ...message, data: message.data.map((value) => redact(value)) },
  );
  return file;
}

/** main.log → main.1.log, main.1.log → main.2.log …; what falls past `keep` is removed. Synchronous, as electron-log asks. */
export function rotate(current: string, keep: number): void {
  const { dir, name, ext } = path.parse(current);
  const numbered = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  const present = new Set(readdirSync(dir));
  rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    if (present.has(path.basename(numbered(n)))) renameSync(numbered(n), numbered(n + 1));
  }
  renameSync(current, numbered(1));
}
