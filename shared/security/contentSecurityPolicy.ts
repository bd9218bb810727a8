/*
 * The renderer page's Content-Security-Policy, spelled once. It reaches the page three ways:
 * the web host's response header (main/web/static.ts), the Electron session's header
 * (main/app/security/policy.ts) and the <meta> tag the build writes into index.html
 * (electron.vite.config.ts), and tests/lint/csp.test.ts checks that all three agree.
 *
 * It lives in shared/ because it is plain data that main/app, main/web and the build config may
 * all import (main/app and main/web may not import each other). The renderer itself never
 * imports it.
 */

export interface PolicyOptions {
  /**
   * A header, or the page's <meta>: a <meta> policy cannot carry frame-ancestors (browsers
   * ignore it there and warn), so that one goes in headers only.
   */
  delivery: 'header' | 'meta';
  /**
   * Vite's dev server injects an inline React Refresh preamble and inline <style> tags.
   * Only the dev server gets 'unsafe-inline'; built files never do.
   */
  devServer?: boolean;
}

type Directives = Record<string, string[]>;

/**
 * The strictest policy the built app works under (the E2E suite runs against it). No inline
 * styles: React's style props and Lexical set styles through the CSSOM (element.style), which
 * style-src does not govern; the build emits CSS as files.
 */
const policy: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // Renditions: 'self' in the web host (./media/), newsdesk-media: in Electron. Pasted or
  // dropped images are previewed from data: and blob: URLs.
  'img-src': ["'self'", 'data:', 'blob:', 'newsdesk-media:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

const headerOnly = new Set(['frame-ancestors']);
const inlineInDev = new Set(['script-src', 'style-src']);

/** The policy as a header value or <meta content>, directives in a fixed order. */
export function contentSecurityPolicy({ delivery, devServer = false }: PolicyOptions): string {
  return Object.entries(policy)
    .filter(([name]) => delivery === 'header' || !headerOnly.has(name))
    .map(([name, sources]) => {
      const all = devServer && inlineInDev.has(name) ? [...sources, "'unsafe-inline'"] : sources;
      return `${name} ${all.join(' ')}`;
    })
    .join('; ');
}

/** The <meta> element the build puts first in index.html's <head>. */
export function contentSecurityPolicyMeta(options: Omit<PolicyOptions, 'delivery'> = {}): {
  tag: 'meta';
  attrs: { 'http-equiv': 'Content-Security-Policy'; content: string };
} {
  return {
    tag: 'meta',
    attrs: {
      'http-equiv': 'Content-Security-Policy',
      content: contentSecurityPolicy({ ...options, delivery: 'meta' }),
    },
  };
}
