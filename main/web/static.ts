import { promises as fs } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

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

/** Serves a file of the built renderer (`pathname` already decoded); never anything outside its folder. */
export async function serveStatic(rendererDir: string, pathname: string, res: ServerResponse): Promise<void> {
  const root = path.resolve(rendererDir);
  const relative = pathname === '/' ? '/index.html' : pathname;
  const file = path.resolve(root, `.${relative}`);
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(404).end();
    return;
  }
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  if (file.endsWith('index.html')) {
    res.writeHead(200, { 'content-type': type, 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store' });
    res.end(injectBridge(body.toString('utf8')));
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(body);
}
