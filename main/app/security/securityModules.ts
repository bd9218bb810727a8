import type { Session, WebContents } from 'electron';
import type { AppModule } from '../AppModule';
import type { Guards } from './guards';
import { webContentsRule } from './webContentsRule';

/**
 * Every web contents the app ever creates (windows, devtools, anything a page manages to make)
 * gets the navigation, window-open and webview guards before it loads.
 */
export function guardWebContents(guards: Guards): AppModule {
  return webContentsRule((contents: WebContents) => {
    contents.on('will-navigate', guards.navigation('navigation'));
    // Subframes too (an iframe in a pasted article can't be sent elsewhere either).
    contents.on('will-frame-navigate', guards.navigation('frame navigation'));
    contents.on('will-redirect', guards.navigation('redirect'));
    contents.setWindowOpenHandler(guards.windowOpen);
    contents.on('will-attach-webview', guards.attachWebview);
  });
}

/** The session's permission handlers: refused unless allowed and asked by our renderer. */
export function guardSession(guards: Guards, session: () => Session): AppModule {
  return {
    async init({ app }) {
      await app.whenReady();
      const ses = session();
      ses.setPermissionRequestHandler(guards.permissionRequest);
      ses.setPermissionCheckHandler(guards.permissionCheck);
      ses.setDevicePermissionHandler(guards.devicePermission);
    },
  };
}
