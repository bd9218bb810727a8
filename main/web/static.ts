import type { ServerResponse } from 'node:http';
import { readServedFile, servedPathOf, servedTypeOf } from '../services/served/servedFile';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

/** The page's policy as a header; the built index.html carries the same one in a <meta>. */
const PAGE_CSP = contentSecurityPolicy({ delivery: 'header' });

/**
 * The web host's addition to index.html: the fetch-based window.newsdesk. No token: the page is
 * served to anyone who asks (it holds no secret); the token comes from the printed URL.
 */
export function injectBridge(html: string): string {
  const tags = '<script type="module" src="./web-bridge.js"></script>';
  // Before the app's own module script, so window.newsdesk exists when the app starts.
  const at = html.search(/<script\b/i);
  return at < 0 ? html.replace(/<\/head>/i, `${tags}</head>`) : html.slice(0, at) + tags + html.slice(at);
}

/**
 * Serves a file of the built renderer. `urlPath` is the URL's path still percent-encoded: the same
 * rule as the desktop app's app:// scheme decides which file it names (encoded dots and slashes,
 * dot segments, absolute paths and symlinks refused), so the two hosts cannot drift apart.
 */
export async function serveStatic(rendererDir: string, urlPath: string, res: ServerResponse): Promise<void> {
  const relative = servedPathOf(urlPath);
  const body = relative === null ? null : await readServedFile(rendererDir, relative);
  if (relative === null || body === null) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = servedTypeOf(relative) ?? 'application/octet-stream';
  if (relative === 'index.html') {
    res.writeHead(200, { 'content-type': type, 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store' });
    res.end(injectBridge(body.toString('utf8')));
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(body);
}
