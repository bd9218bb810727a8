import { session } from 'electron';
import type { AppModule } from '../AppModule';
import { isRendererUrl, type RendererLocation } from '../rendererLocation';
import { rendererPolicy } from './policy';

/**
 * Sends the renderer's CSP as a response header too, so it holds even if a page's <meta> is
 * lost. It matters for the dev server; app://newsdesk/ answers carry the header from the scheme
 * handler itself (protocol/schemePolicy.ts). A session has one onHeadersReceived listener: add
 * other header rewrites here rather than in a second module.
 */
export function contentSecurityPolicy(renderer: RendererLocation): AppModule {
  const policy = rendererPolicy(renderer);
  return {
    async init({ app }) {
      await app.whenReady();
      session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
        if (!isRendererUrl(details.url, renderer)) {
          callback({});
          return;
        }
        callback({
          responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
        });
      });
    },
  };
}
