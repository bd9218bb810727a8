import { shell } from 'electron';
import type { AppModule } from '../AppModule';
import { isWebLink } from './policy';
import { webContentsRule } from './webContentsRule';

/** window.open never makes a window: web links go to the system browser, the rest nowhere. */
export function openLinksInBrowser(): AppModule {
  return webContentsRule((contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isWebLink(url)) {
        shell.openExternal(url).catch((error: unknown) => {
          console.error(`[newsdesk] could not open ${url} in the browser:`, error);
        });
      } else {
        console.warn(`[newsdesk] refused to open ${url}`);
      }
      return { action: 'deny' };
    });
  });
}
