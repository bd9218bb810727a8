import { protocol } from 'electron';
import type { AppModule } from '../AppModule';
import { APP_SCHEME, appResponse, MEDIA_SCHEME, mediaResponse, PRIVILEGED_SCHEMES } from './schemePolicy';

/** Before the app is ready, like the userData move: both schemes' privileges, in one call. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged(
    PRIVILEGED_SCHEMES.map(({ scheme, privileges }) => ({ scheme, privileges: { ...privileges } })),
  );
}

/**
 * Serves the built renderer from app://newsdesk/ and renditions from newsdesk-media://media/,
 * each through schemePolicy. Never net.fetch(file://): that would follow a planted link.
 */
export function servedSchemes(options: { rendererRoot: string | null; dataDir: string }): AppModule {
  return {
    async init({ app }) {
      await app.whenReady();
      const { rendererRoot } = options;
      // With the dev server the renderer comes over http: app:// stays unhandled (nothing loads).
      if (rendererRoot !== null) protocol.handle(APP_SCHEME, (request) => appResponse(rendererRoot, request));
      protocol.handle(MEDIA_SCHEME, (request) => mediaResponse(options.dataDir, request));
    },
  };
}
