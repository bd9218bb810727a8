import { describe, expect, it } from 'vitest';
import { SyncError } from '../failure';
import { assertSafeForCredentials, wordPressHttp } from './http';

/** A fetch that answers from a table, remembering what it was asked. */
function fakeFetch(answer: () => Response | Promise<Response>) {
  const asked: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string | URL | Request, init: RequestInit = {}) => {
    asked.push({ url: String(url), init });
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

const site = { url: 'https://news.example.org/', username: 'phóng viên', password: 'abcd efgh ijkl mnop qrst uvwx' };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

async function failureOf(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof SyncError)
      return { code: error.failure.code, kind: error.kind, retryAfterMs: error.retryAfterMs };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('credentials go only where they are safe', () => {
  it.each([
    ['https://news.example.org', true],
    ['http://127.0.0.1:8080', true],
    ['http://localhost/wp', true],
    ['http://[::1]:9000', true],
    ['http://news.example.org', false],
    ['http://127.0.0.1.evil.example', false],
    ['ftp://news.example.org', false],
    ['not a url', false],
  ])('%s → %s', (url, safe) => {
    if (safe) expect(() => assertSafeForCredentials(url)).not.toThrow();
    else
      expect(() => assertSafeForCredentials(url)).toThrow(
        expect.objectContaining({ failure: { code: 'insecure_url', detail: {} } }),
      );
  });
});

describe('the WordPress HTTP client', () => {
  it('sends Basic auth and NFC JSON to <site>/wp-json', async () => {
    const { fetch, asked } = fakeFetch(() => json(201, { id: 1 }));
    const http = wordPressHttp(site, { fetch });
    await http.request('/wp/v2/posts', {
      method: 'POST',
      json: { title: 'Ca\u0302\u0300n Tho\u031b' },
      query: { status: ['draft', 'pending'] },
    });
    expect(asked[0].url).toBe('https://news.example.org/wp-json/wp/v2/posts?status=draft%2Cpending');
    const headers = asked[0].init.headers as Record<string, string>;
    expect(headers.authorization).toBe(`Basic ${Buffer.from(`phóng viên:${site.password}`).toString('base64')}`);
    expect(asked[0].init.body).toBe(JSON.stringify({ title: 'Cần Thơ' }));
  });

  it('never takes a web page for an answer: a 200 sign-in page is a captive portal', async () => {
    const page = '<!DOCTYPE html><html><body><form action="/login"></form></body></html>';
    const http = wordPressHttp(site, {
      fetch: fakeFetch(() => new Response(page, { headers: { 'content-type': 'text/html' } })).fetch,
    });
    expect(await failureOf(http.request('/wp/v2/users/me'))).toMatchObject({
      code: 'captive_portal',
      kind: 'permanent',
    });
    const nothing = wordPressHttp(site, { fetch: fakeFetch(() => new Response('', { status: 200 })).fetch });
    expect(await failureOf(nothing.request('/wp/v2/users/me'))).toMatchObject({ code: 'bad_answer' });
  });

  it.each([
    ['GET', 503, 'server_error', 'transient'],
    ['POST', 503, 'server_error', 'unknownOutcome'],
    ['POST', 502, 'server_error', 'unknownOutcome'],
    ['POST', 429, 'rate_limited', 'transient'],
  ] as const)('%s answered %i → %s (%s), honouring Retry-After', async (method, status, code, kind) => {
    const http = wordPressHttp(site, {
      fetch: fakeFetch(() => new Response('<html>busy</html>', { status, headers: { 'retry-after': '7' } })).fetch,
    });
    expect(await failureOf(http.request('/wp/v2/media', { method }))).toEqual({ code, kind, retryAfterMs: 7_000 });
  });

  it.each([
    [401, { code: 'rest_not_logged_in' }, 'auth_rejected'],
    [403, { code: 'rest_cannot_create' }, 'forbidden'],
    [413, null, 'too_large'],
    [
      400,
      { code: 'rest_invalid_param', message: 'Invalid parameter(s): slug', data: { params: { slug: 'bad' } } },
      'rejected',
    ],
  ])('a %i is permanent: %s', async (status, body, code) => {
    const http = wordPressHttp(site, {
      fetch: fakeFetch(() => (body ? json(status, body) : new Response('<h1>Too large</h1>', { status }))).fetch,
    });
    const error = await http
      .json((await import('zod')).z.unknown(), '/wp/v2/posts', { method: 'POST', json: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).failure.code).toBe(code);
    expect((error as SyncError).kind).toBe('permanent');
    if (status === 400) expect((error as SyncError).failure.detail.message).toBe('Invalid parameter(s): slug bad');
  });

  it('names network failures: refused is offline, a reset after sending needs a reconcile, TLS is named', async () => {
    const failing = (code: string) =>
      wordPressHttp(site, {
        fetch: (() =>
          Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code } }))) as typeof fetch,
      });
    expect(
      await failureOf(failing('ECONNREFUSED').request('/wp/v2/posts', { method: 'POST', json: {} })),
    ).toMatchObject({ code: 'offline', kind: 'transient' });
    expect(await failureOf(failing('ECONNRESET').request('/wp/v2/posts', { method: 'POST', json: {} }))).toMatchObject({
      code: 'connection_lost',
      kind: 'unknownOutcome',
    });
    expect(await failureOf(failing('ECONNRESET').request('/wp/v2/posts'))).toMatchObject({ kind: 'transient' });
    expect(await failureOf(failing('CERT_HAS_EXPIRED').request('/wp/v2/posts'))).toMatchObject({
      code: 'tls',
      kind: 'permanent',
    });
  });

  it("gives up after the timeout; the reporter's own cancel is not a network failure", async () => {
    const never = (_url: unknown, init: RequestInit = {}) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)),
      );
    const http = wordPressHttp(site, { fetch: never as typeof fetch, timeoutMs: 50 });
    expect(await failureOf(http.request('/wp/v2/posts', { method: 'POST', json: {} }))).toMatchObject({
      code: 'timeout',
      kind: 'unknownOutcome',
    });
    const cancel = new AbortController();
    const pending = http.request('/wp/v2/posts', { signal: cancel.signal });
    cancel.abort(new Error('cancelled by the reporter'));
    await expect(pending).rejects.toThrow('cancelled by the reporter');
  });
});
