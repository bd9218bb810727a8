import path from 'node:path';
import { contentSecurityPolicy } from '../../../shared/security/contentSecurityPolicy';
import { mediaFileFor } from '../../services/photos/media';
import { readServedFile, servedPathOf, servedTypeOf } from '../../services/served/servedFile';

/*
 * The one policy for both schemes the window loads from: which scheme may do what (privileges),
 * which URL names which file (services/served), and the headers every answer carries. No
 * 'electron' here: main/app/protocol/schemes.ts hands these to protocol.handle, tests call them
 * with real Requests over real files.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'newsdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export const MEDIA_SCHEME = 'newsdesk-media';
export const MEDIA_HOST = 'media';
/** What app.info tells the renderer: `${MEDIA_BASE}${draftId}/photos/${rendition.file}`. */
export const MEDIA_BASE = `${MEDIA_SCHEME}://${MEDIA_HOST}/`;

/**
 * Both schemes are standard (real origins, relative URLs) and secure (like https: no mixed
 * content); fetch may read them. Neither bypasses the CSP, runs service workers or is CORS-open.
 * Registered in one call: a second registerSchemesAsPrivileged replaces the first.
 */
export const PRIVILEGED_SCHEMES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
] as const;

const PAGE_POLICY = contentSecurityPolicy({ delivery: 'header' });

/** Headers every answer carries: the page's CSP (a header, not only the <meta>), no sniffing. */
const baseHeaders = (type: string): Record<string, string> => ({
  'content-type': type,
  'content-security-policy': PAGE_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-site',
  'cache-control': 'no-cache',
});

const refused = (status: 404 | 405) =>
  new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: baseHeaders('text/plain; charset=utf-8'),
  });

/** Only reading: a page has no reason to POST to its own files. */
const readsOnly = (request: Request) => request.method === 'GET' || request.method === 'HEAD';

function answer(request: Request, body: Buffer, type: string): Response {
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: baseHeaders(type),
  });
}

/** app://newsdesk/<path>: a file of the built renderer folder, nothing else. */
export async function appResponse(rendererRoot: string, request: Request): Promise<Response> {
  if (!readsOnly(request)) return refused(405);
  const url = new URL(request.url);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refused(404);
  const relative = servedPathOf(url.pathname);
  const body = relative === null ? null : await readServedFile(rendererRoot, relative);
  if (relative === null || body === null) return refused(404);
  return answer(request, body, servedTypeOf(relative)!);
}

/** newsdesk-media://media/<draftId>/photos/renditions/…: a draft's renditions, nothing else. */
export async function mediaResponse(dataDir: string, request: Request): Promise<Response> {
  if (!readsOnly(request)) return refused(405);
  const url = new URL(request.url);
  if (url.protocol !== `${MEDIA_SCHEME}:` || url.host !== MEDIA_HOST) return refused(404);
  // Which files are media at all: the web host's rule (renditions of a draft, by name).
  const file = mediaFileFor(dataDir, url.pathname);
  const body = file === null ? null : await readServedFile(dataDir, path.relative(dataDir, file));
  if (file === null || body === null) return refused(404);
  return answer(request, body, servedTypeOf(file)!);
}
