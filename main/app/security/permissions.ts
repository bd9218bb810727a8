import { session } from 'electron';
import type { AppModule } from '../AppModule';
import { isRendererUrl, type RendererLocation } from '../rendererLocation';
import { isAppWindow } from '../window';

/**
 * Every web permission (camera, notifications, geolocation, USB, …) is refused unless it is on
 * `allow` and asked for by our renderer in one of our windows.
 */
export function grantOnly(allow: readonly string[], renderer: RendererLocation): AppModule {
  const allowed = new Set(allow);
  return {
    async init({ app }) {
      await app.whenReady();
      const ses = session.defaultSession;
      ses.setPermissionRequestHandler((contents, permission, callback, details) => {
        callback(allowed.has(permission) && isAppWindow(contents) && isRendererUrl(details.requestingUrl, renderer));
      });
      ses.setPermissionCheckHandler(
        (contents, permission) =>
          allowed.has(permission) &&
          contents !== null &&
          isAppWindow(contents) &&
          isRendererUrl(contents.getURL(), renderer),
      );
      ses.setDevicePermissionHandler(() => false);
    },
  };
}
