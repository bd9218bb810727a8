import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { startDatabase } from './mariadb';
import { freePort, installWordPress, opcacheFlags, startPhpServer, waitForRest } from './php';
import type { ServerProcess } from './processGroup';
import { buildSite, writeConfig } from './site';

export { missingWordPressPackages, requireWordPressPackagesInCI, WORDPRESS_PACKAGES } from './prerequisites';

const WordPressUser = z.object({ username: z.string(), appPassword: z.string().length(24), id: z.number().int() });
const Installed = z.object({
  users: z.object({ author: WordPressUser, editor: WordPressUser }),
  categories: z.array(z.object({ id: z.number().int(), name: z.string(), slug: z.string() })),
});

export type WordPressUser = z.infer<typeof WordPressUser>;
export type WordPressCategory = z.infer<typeof Installed>['categories'][number];

export interface WordPress extends z.infer<typeof Installed> {
  /** The site, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The REST root: `${restBase}/wp/v2/posts` */
  restBase: string;
  /** Everything of this instance lives here: database, site folder, uploads, logs. */
  dir: string;
  /** Milliseconds from the start until each step was done: database, installed, rest. */
  timings: Record<string, number>;
  /** Stops PHP and MariaDB, every process of both; safe to call twice. */
  stop(): Promise<void>;
}

/** Compiled and pristine things reused between runs, keyed by versions inside. */
const defaultCacheDir = path.resolve(
  fileURLToPath(import.meta.url),
  '../../../../node_modules/.cache/newsdesk-wordpress',
);

/**
 * A fresh WordPress (Debian 12's packages) on 127.0.0.1 with its own MariaDB, ready for REST
 * calls: an Author `reporter` and an Editor with Application Passwords, and a few categories.
 * `dir` must be an empty folder the caller removes afterwards. Start one per test file.
 */
export async function startWordPress({
  dir,
  cacheDir = defaultCacheDir,
}: {
  dir: string;
  cacheDir?: string;
}): Promise<WordPress> {
  const started = Date.now();
  const timings: Record<string, number> = {};
  const lap = <T>(name: string, work: Promise<T>) =>
    work.then((value) => ((timings[name] = Date.now() - started), value));
  await mkdir(dir, { recursive: true });
  const database = await lap('database', startDatabase(dir, cacheDir));
  const prepared = await Promise.all([buildSite(dir), opcacheFlags(cacheDir)]).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  const [site, flags] = prepared;
  let php: ServerProcess | undefined;
  let installed: z.infer<typeof Installed> | undefined;
  const stop = once(async () => {
    // The database last, and even if stopping PHP throws.
    try {
      await php?.stop(1_000);
    } finally {
      await database.stop();
    }
  });
  try {
    // The port is probed free, then bound by php: another process may take it in between.
    for (let attempt = 1; ; attempt++) {
      const url = `http://127.0.0.1:${await freePort()}`;
      const env = { site, url, socket: database.socket };
      await writeConfig(site, env);
      // PHP starts while WordPress installs (from the command line); it is asked nothing until then.
      php = startPhpServer(dir, Number(new URL(url).port), env, flags);
      installed ??= Installed.parse(await lap('installed', installWordPress(env, flags)));
      if (await lap('rest', waitForRest(php, url, dir))) {
        return { ...installed, url, restBase: `${url}/wp-json`, dir, timings, stop };
      }
      await php.stop(0);
      if (attempt === 3) throw new Error(`php -S could not serve WordPress; see ${dir}/php-server.log`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= action());
}

/** `Authorization` header value for a user's Application Password over Basic auth. */
export const basicAuth = (user: Pick<WordPressUser, 'username' | 'appPassword'>) =>
  `Basic ${Buffer.from(`${user.username}:${user.appPassword}`).toString('base64')}`;
