import type { AppModule } from '../AppModule';
import { isRendererUrl, type RendererLocation } from '../rendererLocation';
import { webContentsRule } from './webContentsRule';

/**
 * A window never leaves the renderer: a link clicked in an article, a script setting
 * location, or a redirect to anywhere else is stopped. (Links open in the browser instead,
 * through window.open — see externalLinks.)
 */
export function blockForeignNavigation(renderer: RendererLocation): AppModule {
  const stopForeign = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (isRendererUrl(event.url, renderer)) return;
    event.preventDefault();
    console.warn(`[newsdesk] blocked ${kind} to ${event.url}`);
  };
  return webContentsRule((contents) => {
    contents.on('will-navigate', (event) => stopForeign(event, 'navigation'));
    contents.on('will-redirect', (event) => stopForeign(event, 'redirect'));
  });
}
