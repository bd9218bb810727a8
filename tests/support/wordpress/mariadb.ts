import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { startServerProcess, type ServerProcess } from './processGroup';

const run = promisify(execFile);

/** A MariaDB of its own for one WordPress: its own datadir and socket, no TCP at all. */
export interface Database {
  socket: string;
  stop(): Promise<void>;
}

/** Unix socket paths are limited to 107 bytes; a deep test folder falls back to a short one in /tmp. */
const SOCKET_PATH_LIMIT = 107;

// Same sizes for the pristine datadir and every server started on a copy of it (InnoDB would
// otherwise resize its log on each start); small so the per-start copy stays cheap.
const SERVER_FLAGS = ['--no-defaults', '--innodb-log-file-size=8M'];
const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];

export async function mariadbVersion(): Promise<string> {
  const { stdout } = await run('mariadbd', ['--version']);
  return stdout.trim().split(/\s+/)[2] ?? stdout.trim();
}

/**
 * The output of mariadb-install-db, made once per MariaDB version and copied for each start
 * (0.3 s instead of ~8 s). Built aside and renamed into place, so two test files starting at the
 * same time never see half of it.
 */
async function pristineDatadir(cacheDir: string): Promise<string> {
  const pristine = path.join(cacheDir, `mariadb-${await mariadbVersion()}`);
  if (existsSync(path.join(pristine, 'mysql'))) return pristine;
  await mkdir(cacheDir, { recursive: true });
  const building = await mkdtemp(path.join(cacheDir, 'building-'));
  const datadir = path.join(building, 'data');
  try {
    await run('mariadb-install-db', [
      ...SERVER_FLAGS,
      ...asRoot,
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal', // root with no password over the socket, whoever runs the tests
      '--skip-test-db',
    ]);
    await rename(datadir, pristine).catch((error: NodeJS.ErrnoException) => {
      // Another test file finished first: its copy is as good as ours.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  return pristine;
}

export async function startDatabase(dir: string, cacheDir: string): Promise<Database> {
  const datadir = path.join(dir, 'mysql-data');
  await cp(await pristineDatadir(cacheDir), datadir, { recursive: true });
  const socket = await socketPath(dir);
  const errorLog = path.join(dir, 'mariadb.log');
  const server = startServerProcess({
    command: 'mariadbd',
    args: [
      ...SERVER_FLAGS,
      ...asRoot,
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--pid-file=${path.join(dir, 'mariadb.pid')}`,
      `--log-error=${errorLog}`,
      '--skip-networking',
      // A throwaway test database: durability buys nothing, start-up and writes get faster.
      '--skip-log-bin',
      '--innodb-flush-log-at-trx-commit=0',
      '--innodb-buffer-pool-size=32M',
      '--performance-schema=OFF',
    ],
    logFile: path.join(dir, 'mariadb.out'),
  });
  const stop = async () => {
    await server.stop(2_000);
    if (!socket.startsWith(dir)) await rm(path.dirname(socket), { recursive: true, force: true });
  };
  try {
    await waitUntilReady(server, socket, errorLog);
  } catch (error) {
    // SIGTERM before it is ready can leave mariadbd hung for good: kill it outright.
    await server.stop(0);
    throw error;
  }
  return { socket, stop };
}

async function socketPath(dir: string): Promise<string> {
  const inside = path.join(dir, 'mysql.sock');
  if (Buffer.byteLength(inside) <= SOCKET_PATH_LIMIT) return inside;
  return path.join(await mkdtemp(path.join(os.tmpdir(), 'wp-mysql.')), 'sock');
}

/** The socket exists before mariadbd accepts queries: ask it with `mariadb-admin ping`. */
async function waitUntilReady(server: ServerProcess, socket: string, errorLog: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exited()) throw new Error(`mariadbd exited while starting:\n${await tail(errorLog)}`);
    if (existsSync(socket)) {
      const ping = await run('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '--user=root', 'ping']).then(
        () => true,
        () => false,
      );
      if (ping) return;
    }
    if (Date.now() > deadline) throw new Error(`mariadbd not ready after 60 s:\n${await tail(errorLog)}`);
    await sleep(50);
  }
}

async function tail(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '(no log)');
  return text.split('\n').slice(-15).join('\n');
}
