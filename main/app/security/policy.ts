import { contentSecurityPolicy } from '../../../shared/security/contentSecurityPolicy';
import type { RendererLocation } from '../rendererLocation';

/**
 * The renderer's Content-Security-Policy as the Electron session sends it: the same policy as the
 * web host and the page's <meta> (shared/security). Against Vite's dev server only, inline
 * scripts and styles are allowed too (the React Refresh preamble, injected CSS); built files
 * never get this.
 */
export function rendererPolicy(renderer: RendererLocation): string {
  return contentSecurityPolicy({ delivery: 'header', devServer: renderer.kind !== 'files' });
}

/** Links the system browser may open: http(s) only, never file:, javascript:, custom schemes. */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
