import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaTypeOf, readMediaFile } from '../services/photos/media';

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
  const found = dataDir === undefined ? null : await readMediaFile(dataDir, urlPath);
  if (found === null) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': mediaTypeOf(found.file) ?? 'application/octet-stream',
    'content-length': found.body.length,
    'cache-control': 'private, max-age=86400',
  });
  res.end(req.method === 'HEAD' ? undefined : found.body);
}
