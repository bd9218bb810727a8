import type { AppModule } from '../AppModule';
import { webContentsRule } from './webContentsRule';

/** No <webview>, even if a page manages to create one (webviewTag is off as well). */
export function blockWebviews(): AppModule {
  return webContentsRule((contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
