import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Still accepted beside `Authorization: Bearer`: a header is never sent by a browser on its own. */
export const TOKEN_HEADER = 'x-newsdesk-token';

export type Verdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/**
 * Why no cookie: cookies ignore ports, so a cookie set by 127.0.0.1:41873 is sent to every
 * server on 127.0.0.1 the browser visits — any local service (another user's included) would
 * receive it and, with it, the whole API. The credential is never ambient instead:
 *
 * - the printed URL carries the token once (`/?token=…`); the web bridge moves it into the
 *   tab's sessionStorage (per origin, so per port) and strips it from the address bar;
 * - every API call and the event stream send it as `Authorization: Bearer …` (the event stream
 *   is read with fetch, because EventSource cannot set headers). Another origin cannot set that
 *   header on a request here without a CORS preflight, which this host never grants;
 * - `<img>` cannot send a header either, so renditions live under a per-run media key
 *   (`/media/<key>/…`, an HMAC of the token) that only app.info — itself behind the Bearer
 *   token — hands out;
 * - the page and its scripts hold no secret, so they are served without a token;
 * - Host and Origin must name this loopback address (a DNS-rebinding page has its own host
 *   name), and a browser's Sec-Fetch-Site must say same-origin for the API and media.
 */
export const mediaKeyOf = (token: string): string =>
  createHmac('sha256', token).update('newsdesk-media').digest('hex').slice(0, 32);

export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearerOf(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (match) return match[1];
  const header = req.headers[TOKEN_HEADER];
  return typeof header === 'string' ? header : undefined;
}

/** Host, Origin and Sec-Fetch-Site: every request, the page included, must be our own. */
export function checkOrigin(req: IncomingMessage, port: number, needsSameOrigin: boolean): Verdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host ?? '';
  if (!allowedHosts.includes(host.toLowerCase())) {
    return { ok: false, status: 403, reason: `Host "${host}" is not this loopback host` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return { ok: false, status: 403, reason: `Origin "${origin}" is not this loopback host` };
  }
  // Another port of 127.0.0.1 is "same-site" to a browser: only "same-origin" is ours.
  const site = req.headers['sec-fetch-site'];
  if (needsSameOrigin && site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, status: 403, reason: `A ${site} request cannot use this host` };
  }
  return { ok: true };
}

/** The API and its event stream: the Bearer token, never a cookie or a URL parameter. */
export function checkToken(req: IncomingMessage, token: string): Verdict {
  if (!sameSecret(bearerOf(req), token)) {
    return {
      ok: false,
      status: 401,
      reason: 'Missing or wrong token: open the URL that `npm run web` printed',
    };
  }
  return { ok: true };
}
