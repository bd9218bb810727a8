import { protocol } from 'electron';
import { mediaTypeOf, readMediaFile } from '../services/photos/media';
import type { AppModule } from './AppModule';

export const MEDIA_SCHEME = 'newsdesk-media';
/** What app.info tells the renderer: `${MEDIA_BASE}${draftId}/photos/${rendition.file}`. */
export const MEDIA_BASE = `${MEDIA_SCHEME}://media/`;

/** Must run before the app is ready: a standard, secure scheme that <img> and fetch may load. */
export function registerMediaScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves a draft's renditions to the window, and nothing else in the data folder: the same
 * resolver as the web host's /media/ decides which file a URL names and reads it (regular files
 * inside the data folder only, no symlinks).
 */
export function mediaProtocol(dataDir: string): AppModule {
  return {
    async init({ app }) {
      await app.whenReady();
      protocol.handle(MEDIA_SCHEME, async (request) => {
        const url = new URL(request.url);
        // Read by the shared resolver, never net.fetch(file://): that would follow a planted link.
        const found = url.host === 'media' ? await readMediaFile(dataDir, url.pathname) : null;
        if (found === null) return new Response('Not found', { status: 404 });
        return new Response(new Uint8Array(found.body), {
          headers: { 'content-type': mediaTypeOf(found.file) ?? 'application/octet-stream' },
        });
      });
    },
  };
}
