import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The Debian 12 packages a local WordPress needs (scripts/setup.sh installs them), each with the
 * thing it provides that we can check without asking dpkg (a developer may have them otherwise).
 */
const PHP_EXTENSIONS: Record<string, string> = {
  mysqli: 'php-mysql',
  intl: 'php-intl', // without it NFD titles make broken slugs
  mbstring: 'php-mbstring',
  gd: 'php-gd', // image sub-sizes
  xml: 'php-xml',
  curl: 'php-curl',
};

export const WORDPRESS_PACKAGES = [
  'mariadb-server',
  'php-cli',
  ...Object.values(PHP_EXTENSIONS),
  'wordpress',
  'wordpress-theme-twentytwentythree',
];

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Packages whose part is missing here; empty when a local WordPress can start. */
export function missingWordPressPackages(): string[] {
  const missing: string[] = [];
  if (!onPath('mariadbd') || !onPath('mariadb-install-db') || !onPath('mariadb-admin')) missing.push('mariadb-server');
  const php = spawnSync('php', ['-r', 'echo implode(",", get_loaded_extensions());'], { encoding: 'utf8' });
  if (php.status !== 0) missing.push('php-cli', ...Object.values(PHP_EXTENSIONS));
  else {
    const loaded = new Set(php.stdout.toLowerCase().split(','));
    for (const [extension, pkg] of Object.entries(PHP_EXTENSIONS)) if (!loaded.has(extension)) missing.push(pkg);
  }
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) missing.push('wordpress');
  if (!existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree')) {
    missing.push('wordpress-theme-twentytwentythree');
  }
  return missing;
}

/**
 * Skipping is for a developer's machine without the packages; CI must run the CMS tests, so there
 * a missing package fails the file with the names to install.
 */
export function requireWordPressPackagesInCI(missing: string[]): void {
  if (process.env.CI && missing.length > 0) {
    throw new Error(
      `CI must run the WordPress tests, but these Debian packages are missing: ${missing.join(' ')} ` +
        '(scripts/setup.sh installs them with apt-get as root).',
    );
  }
}
