import { randomBytes } from 'node:crypto';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const WORDPRESS_ROOT = '/usr/share/wordpress';

/**
 * The instance's own WordPress folder: symlinks into Debian's read-only copy, its own
 * wp-config.php and its own wp-content/uploads. Debian's wp-config.php picks
 * /etc/wordpress/config-<host>.php with the port stripped — one config per machine — so it is
 * never linked here.
 */
export async function buildSite(dir: string): Promise<string> {
  const site = path.join(dir, 'site');
  const content = path.join(site, 'wp-content');
  await mkdir(path.join(content, 'uploads'), { recursive: true });
  for (const entry of await readdir(WORDPRESS_ROOT)) {
    if (entry === 'wp-config.php' || entry === 'wp-content' || entry === '.htaccess') continue;
    await symlink(path.join(WORDPRESS_ROOT, entry), path.join(site, entry));
  }
  for (const entry of await readdir(path.join(WORDPRESS_ROOT, 'wp-content'))) {
    await symlink(path.join(WORDPRESS_ROOT, 'wp-content', entry), path.join(content, entry));
  }
  return site;
}

const phpString = (value: string) => `'${value.replace(/[\\']/g, '\\$&')}'`;

const SALTS = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY'].flatMap((key) => [
  key,
  key.replace('_KEY', '_SALT'),
]);

/** Written again when the port changes: the URL is a constant, not an option in the database. */
export async function writeConfig(site: string, { url, socket }: { url: string; socket: string }): Promise<void> {
  const define = (name: string, value: string | boolean) =>
    `define('${name}', ${typeof value === 'boolean' ? String(value) : phpString(value)});`;
  const lines = [
    '<?php',
    '// One test instance of WordPress (tests/support/wordpress/site.ts); the router defines ABSPATH.',
    define('DB_NAME', 'wordpress'),
    define('DB_USER', 'root'),
    define('DB_PASSWORD', ''),
    define('DB_HOST', `localhost:${socket}`),
    define('DB_CHARSET', 'utf8mb4'),
    define('DB_COLLATE', ''),
    "$table_prefix = 'wp_';",
    ...SALTS.map((name) => define(name, randomBytes(32).toString('hex'))),
    define('WP_HOME', url),
    define('WP_SITEURL', url),
    define('WP_CONTENT_DIR', path.join(site, 'wp-content')),
    define('WP_CONTENT_URL', `${url}/wp-content`),
    // Application Passwords over plain http need is_ssl() or this.
    define('WP_ENVIRONMENT_TYPE', 'local'),
    define('WP_DEBUG', false),
    // Offline and quiet: no cron on page loads, no update checks, no outgoing HTTP.
    define('DISABLE_WP_CRON', true),
    define('AUTOMATIC_UPDATER_DISABLED', true),
    define('WP_HTTP_BLOCK_EXTERNAL', true),
    define('FS_METHOD', 'direct'),
    "require_once ABSPATH . 'wp-settings.php';",
    '',
  ];
  await writeFile(path.join(site, 'wp-config.php'), lines.join('\n'));
}
