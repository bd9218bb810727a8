import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';

/*
 * Which file a URL path names inside a folder, and its bytes: the one rule for every scheme that
 * serves files to the window (app://newsdesk/ for the built renderer, newsdesk-media:// for
 * renditions). Plain Node, so it is tested on real files and symlinks.
 */

/** Content types of what the built renderer and the renditions contain; anything else is not served. */
export const SERVED_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export const servedTypeOf = (file: string): string | undefined => SERVED_TYPES[path.extname(file).toLowerCase()];

/**
 * The relative path a URL's path names (still percent-encoded, as `new URL(…).pathname` gives it),
 * or null. Refused: encoded dots, slashes, backslashes and NULs (a second decoding must not make
 * a new separator or segment), dot segments, empty segments, drive letters and colons (an
 * absolute Windows path), and names whose type we do not serve.
 */
export function servedPathOf(urlPath: string, index = 'index.html'): string | null {
  if (!urlPath.startsWith('/')) return null;
  if (/%(2e|2f|5c|00)/i.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.slice(1));
  } catch {
    return null;
  }
  if (decoded === '') decoded = index;
  if (/[\\\0:]/.test(decoded) || decoded.startsWith('/')) return null;
  const parts = decoded.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) return null;
  if (servedTypeOf(decoded) === undefined) return null;
  return parts.join(path.sep);
}

const isInside = (outer: string, inner: string) => inner.startsWith(outer + path.sep);

/**
 * The bytes of `relative` inside `root`, or null. The file must be a regular file, and its real
 * path (every link followed) must be exactly `<real root>/<relative>`: a symlink anywhere below the
 * root — to /etc/passwd, a folder link out, even a link to another file inside — serves nothing.
 * The type is checked on the opened handle (O_NOFOLLOW, fstat), so a swap between the check and
 * the read cannot slip a link or a device in.
 */
export async function readServedFile(root: string, relative: string): Promise<Buffer | null> {
  if (path.isAbsolute(relative)) return null;
  const file = path.resolve(root, relative);
  if (!isInside(path.resolve(root), file)) return null;
  try {
    const realRoot = await fs.realpath(root);
    const realFile = await fs.realpath(file);
    if (!isInside(realRoot, realFile) || realFile !== path.join(realRoot, relative)) return null;
    const handle = await fs.open(realFile, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW);
    try {
      if (!(await handle.stat()).isFile()) return null;
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
