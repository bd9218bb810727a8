import { PAGE_CSP } from '../../web/static';
import type { RendererLocation } from '../rendererLocation';

/**
 * The renderer's Content-Security-Policy: the web host's policy (one policy for both hosts), with
 * the newsdesk-media: scheme added to img-src (renditions; the web host serves them as 'self').
 * Against Vite's dev server only, inline scripts are allowed too: @vitejs/plugin-react injects
 * an inline React Refresh preamble. Built files never get this.
 */
export function rendererPolicy(renderer: RendererLocation): string {
  return PAGE_CSP.split('; ')
    .map((directive) => {
      if (directive.startsWith('img-src ')) return `${directive} newsdesk-media:`;
      if (directive.startsWith('script-src ') && renderer.kind !== 'files') return `${directive} 'unsafe-inline'`;
      return directive;
    })
    .join('; ');
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
