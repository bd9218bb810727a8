import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-newsdesk-token';
export const tokenCookieName = (port: number) => `newsdesk_token_${port}`;

export type Verdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The loopback host answers only its own page: Host and Origin must name the loopback address
 * it serves (a DNS-rebinding page has its own host name), and every request carries the
 * per-run token (header, cookie set by the first page load, or the ?token= in the printed URL).
 */
export function checkRequest(req: IncomingMessage, port: number, token: string): Verdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host ?? '';
  if (!allowedHosts.includes(host.toLowerCase())) {
    return { ok: false, status: 403, reason: `Host "${host}" is not this loopback host` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return { ok: false, status: 403, reason: `Origin "${origin}" is not this loopback host` };
  }
  const url = new URL(req.url ?? '/', `http://${host}`);
  const header = req.headers[TOKEN_HEADER];
  const given = [
    typeof header === 'string' ? header : undefined,
    cookieValue(req.headers.cookie, tokenCookieName(port)),
    url.searchParams.get('token') ?? undefined,
  ];
  if (!given.some((candidate) => sameToken(candidate, token))) {
    return {
      ok: false,
      status: 401,
      reason: 'Missing or wrong token: open the URL that `npm run web` printed',
    };
  }
  return { ok: true };
}
