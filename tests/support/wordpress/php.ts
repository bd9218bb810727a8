import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServerProcess, type ServerProcess } from './processGroup';

const run = promisify(execFile);
const phpDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'php');

/** PHP's default 2 MB upload limit rejects an ordinary camera JPEG. */
const UPLOAD_LIMITS = ['-d', 'upload_max_filesize=64M', '-d', 'post_max_size=70M', '-d', 'memory_limit=256M'];

/**
 * A compiled-script cache shared between runs halves the first request. It must be keyed by the
 * PHP version and extension set: opcache folds extension_loaded()/function_exists() at compile
 * time, and a cache built with intl once made an intl-less PHP crash.
 */
export async function opcacheFlags(cacheDir: string): Promise<string[]> {
  const { stdout } = await run('php', ['-r', 'echo PHP_VERSION, " ", implode(",", get_loaded_extensions());']);
  if (!stdout.includes('Zend OPcache')) return [];
  const key = createHash('sha256').update(stdout).digest('hex').slice(0, 16);
  const folder = path.join(cacheDir, `opcache-${key}`);
  await mkdir(folder, { recursive: true });
  return ['-d', 'opcache.enable_cli=1', '-d', `opcache.file_cache=${folder}`, '-d', 'opcache.validate_timestamps=1'];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Env {
  site: string;
  url: string;
  socket: string;
}

const phpEnv = ({ site, url, socket }: Env): NodeJS.ProcessEnv => ({
  ...process.env,
  NEWSDESK_WP_SITE: site,
  NEWSDESK_WP_URL: url,
  NEWSDESK_WP_SOCKET: socket,
});

/** Runs php/install.php and returns the JSON it prints after its marker. */
export async function installWordPress(env: Env, flags: string[]): Promise<unknown> {
  const { stdout } = await run('php', [...flags, path.join(phpDir, 'install.php')], {
    env: phpEnv(env),
    maxBuffer: 1 << 20,
  }).catch((error: Error & { stderr?: string; stdout?: string }) => {
    throw new Error(`WordPress install failed: ${error.stderr || error.stdout || error.message}`);
  });
  const marker = stdout.lastIndexOf('NEWSDESK_WP_INSTALLED ');
  if (marker < 0) throw new Error(`WordPress install printed no result:\n${stdout.slice(-2000)}`);
  return JSON.parse(stdout.slice(marker + 'NEWSDESK_WP_INSTALLED '.length));
}

export function startPhpServer(dir: string, port: number, env: Env, flags: string[]): ServerProcess {
  return startServerProcess({
    command: 'php',
    args: [
      '-S',
      `127.0.0.1:${port}`,
      '-t',
      env.site,
      ...UPLOAD_LIMITS,
      ...flags,
      '-d',
      'display_errors=0',
      '-d',
      'log_errors=1',
      '-d',
      `error_log=${path.join(dir, 'php-errors.log')}`,
      path.join(phpDir, 'router.php'),
    ],
    env: { ...phpEnv(env), PHP_CLI_SERVER_WORKERS: '4' },
    logFile: path.join(dir, 'php-server.log'),
  });
}

/**
 * Ready when the REST root answers with the wp/v2 namespace. Resolves false when php exited
 * (most likely the port was taken between our probe and its bind): the caller picks another.
 */
export async function waitForRest(server: ServerProcess, url: string, dir: string): Promise<boolean> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exited()) return false;
    const ready = await fetch(`${url}/wp-json/`, { signal: AbortSignal.timeout(10_000) })
      .then(async (response) => response.ok && ((await response.json()) as { namespaces?: string[] }).namespaces)
      .then((namespaces) => Array.isArray(namespaces) && namespaces.includes('wp/v2'))
      .catch(() => false);
    if (ready) return true;
    if (Date.now() > deadline) {
      const log = await readFile(path.join(dir, 'php-server.log'), 'utf8').catch(() => '');
      throw new Error(`WordPress at ${url} did not answer its REST root within 60 s:\n${log.slice(-2000)}`);
    }
    await sleep(50);
  }
}
