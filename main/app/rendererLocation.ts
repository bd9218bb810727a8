import path from 'node:path';
import { APP_HOST, APP_INDEX_URL, APP_ORIGIN, APP_SCHEME } from './protocol/schemePolicy';

/**
 * Where the renderer comes from: electron-vite's dev server while developing, the built files
 * (out/renderer) served at app://newsdesk/ otherwise (never file://: every local file would share
 * its origin). Navigation, IPC and permission checks all ask this one question.
 * No 'electron' here, so it is unit-tested under plain Node.
 */
export type RendererLocation =
  { kind: 'devServer'; url: string; origin: string } | { kind: 'files'; root: string; url: string; origin: string };

export function rendererLocation(options: {
  /** ELECTRON_RENDERER_URL; pass it only when the app is not packaged. */
  devServerUrl?: string;
  /** The built renderer folder (out/renderer). */
  root: string;
}): RendererLocation {
  if (options.devServerUrl) {
    const url = new URL(options.devServerUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`The renderer dev server must be http(s), not ${url.protocol}`);
    }
    return { kind: 'devServer', url: url.href, origin: url.origin };
  }
  const root = path.resolve(options.root);
  return { kind: 'files', root, url: APP_INDEX_URL, origin: APP_ORIGIN };
}

/** True when `url` is a page of our renderer: the dev server's origin, or app://newsdesk. */
export function isRendererUrl(url: string, renderer: RendererLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (renderer.kind === 'devServer') {
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === renderer.origin;
  }
  // Only app://newsdesk/ — the scheme handler decides which file a path names (schemePolicy).
  // (Node's URL gives custom schemes a null origin; Chromium's is app://newsdesk: compare parts.)
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}
