import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { mediaFileFor } from '../services/photos/media';
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
 * resolver as the web host's /media/ decides which file a URL names.
 */
export function mediaProtocol(dataDir: string): AppModule {
  return {
    async init({ app }) {
      await app.whenReady();
      protocol.handle(MEDIA_SCHEME, (request) => {
        const url = new URL(request.url);
        const file = url.host === 'media' ? mediaFileFor(dataDir, url.pathname) : null;
        if (file === null) return new Response('Not found', { status: 404 });
        return net.fetch(pathToFileURL(file).toString());
      });
    },
  };
}
