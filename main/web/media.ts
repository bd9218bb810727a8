import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaFileFor, mediaTypeOf } from '../services/photos/media';

/**
 * A draft's rendition, for the photo desk's thumbnails and previews. Renditions are named by
 * their picture's SHA-256, so a browser may keep them; private: never in a shared cache.
 */
export async function serveMedia(
  dataDir: string | undefined,
  urlPath: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const file = dataDir === undefined ? null : mediaFileFor(dataDir, urlPath);
  let body: Buffer | null = null;
  if (file !== null) body = await fs.readFile(file).catch(() => null);
  if (file === null || body === null) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': mediaTypeOf(file) ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'private, max-age=86400',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
