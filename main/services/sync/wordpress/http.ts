import type { z } from 'zod';
import { deepNfc } from '../../../../shared/text/nfc';
import { parseRetryAfter } from '../backoff';
import { failureOfNetworkError, failureOfStatus, failureOfUnreadableAnswer, syncError, SyncError } from '../failure';
import { WpErrorSchema, type WpError } from './answers';

/** Where and as whom: a WordPress site and an Application Password (never stored with the target). */
export interface WordPressSite {
  /** The site's address, e.g. https://news.example.org (the REST API is at `<url>/wp-json/`). */
  url: string;
  username: string;
  /** The Application Password, with or without its spaces. */
  password: string;
}

export interface WordPressHttpOptions {
  /** A request that has not answered in this long is given up (reads, small writes). */
  timeoutMs?: number;
  /** The same for photo uploads, which carry megabytes over a reporter's 3G. */
  uploadTimeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => Date;
}

export type Query = Record<string, string | number | readonly (string | number)[] | undefined>;

export interface WordPressRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  query?: Query;
  /** Sent as JSON, every string NFC first. */
  json?: unknown;
  /** Sent as multipart (a photo upload); the caller NFCs its fields. */
  form?: FormData;
  signal?: AbortSignal;
}

/** An answer WordPress gave: its status and body as JSON (a non-JSON 2xx never gets this far). */
export interface WordPressAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface WordPressHttp {
  /** The REST root the routes hang from: `<site>/wp-json`. */
  readonly restBase: string;
  /** Any answer as it came (with credentials); throws SyncError for what is not an answer. */
  request(route: string, init?: WordPressRequest): Promise<WordPressAnswer>;
  /** A 2xx parsed with `schema`, or the failure its status means. */
  json<S extends z.ZodType>(schema: S, route: string, init?: WordPressRequest): Promise<z.infer<S>>;
  /** The site index, without credentials: reachable, and a WordPress REST API. */
  index(signal?: AbortSignal): Promise<WordPressAnswer>;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Basic auth over plain http would hand the password to anyone on the hotel Wi-Fi: refused
 * unless the site is this machine (a local WordPress, the tests).
 */
export function assertSafeForCredentials(siteUrl: string): URL {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw syncError('insecure_url', 'permanent');
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return url;
  throw syncError('insecure_url', 'permanent');
}

export function wordPressHttp(site: WordPressSite, options: WordPressHttpOptions = {}): WordPressHttp {
  const { timeoutMs = 30_000, uploadTimeoutMs = 180_000, fetch: fetchImpl = fetch, now = () => new Date() } = options;
  const base = assertSafeForCredentials(site.url);
  const restBase = `${base.origin}${base.pathname.replace(/\/+$/, '')}/wp-json`;
  const authorization = `Basic ${Buffer.from(`${site.username.normalize('NFC')}:${site.password}`).toString('base64')}`;

  const call = async (route: string, init: WordPressRequest, credentials: boolean): Promise<WordPressAnswer> => {
    const { method = 'GET', query, json, form, signal } = init;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (credentials) headers.authorization = authorization;
    let body: string | FormData | undefined;
    if (form) body = form;
    else if (json !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(deepNfc(json));
    }
    const limit = AbortSignal.timeout(form ? uploadTimeoutMs : timeoutMs);
    const signals = signal ? AbortSignal.any([signal, limit]) : limit;
    let answer: Response;
    let text: string;
    try {
      answer = await fetchImpl(urlOf(restBase, route, query), {
        method,
        headers,
        body,
        signal: signals,
        redirect: 'follow',
      });
      text = await answer.text();
    } catch (error) {
      // The reporter's own cancel is not a network failure: let it through as it is.
      if (signal?.aborted) throw signal.reason ?? error;
      // A GET changes nothing, so its outcome never needs reconciling.
      throw failureOfNetworkError(error, { bodySent: method !== 'GET' });
    }
    if (answer.status >= 500 || answer.status === 429 || answer.status === 408) {
      const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'), now());
      const error = failureOfStatus(answer.status, { retryAfterMs });
      // A GET that failed did nothing: no reconcile needed before trying it again.
      throw method === 'GET' && error.kind === 'unknownOutcome'
        ? new SyncError(error.failure, 'transient', error.retryAfterMs)
        : error;
    }
    // RFC 6585's "Network Authentication Required": a captive portal that says so.
    if (answer.status === 511) throw syncError('captive_portal', 'permanent', { status: 511 });
    const parsed = parseJson(text);
    // A 4xx keeps its meaning whatever its body (a proxy's 413 page): the caller reads the status.
    if (answer.status >= 400) return { status: answer.status, body: parsed?.value ?? null, headers: answer.headers };
    // A sign-in page, a proxy's page, an empty body where JSON was due: never a success.
    if (parsed === undefined) throw failureOfUnreadableAnswer(answer.headers.get('content-type'), text);
    return { status: answer.status, body: parsed.value, headers: answer.headers };
  };

  const request = (route: string, init: WordPressRequest = {}) => call(route, init, true);
  return {
    restBase,
    request,
    async json(schema, route, init = {}) {
      const answer = await request(route, init);
      if (answer.status < 200 || answer.status > 299) throw failureOfAnswer(answer);
      const parsed = schema.safeParse(answer.body);
      if (!parsed.success) throw syncError('bad_answer', 'permanent', { status: answer.status });
      return parsed.data;
    },
    index: (signal) => call('/', { signal }, false),
  };
}

function urlOf(restBase: string, route: string, query: Query = {}): string {
  const url = new URL(`${restBase}${route}`);
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value).normalize('NFC'));
  }
  return url.toString();
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** WordPress's own error body, when the answer has one. */
export function wpErrorOf(answer: WordPressAnswer): WpError | null {
  const parsed = WpErrorSchema.safeParse(answer.body);
  return parsed.success ? parsed.data : null;
}

/**
 * A 4xx as the failure a person reads. WordPress's message is the detail of a 400 (its own words,
 * e.g. which parameter it refused); 401/403/413 carry their own meaning.
 */
export function failureOfAnswer(answer: WordPressAnswer): SyncError {
  const error = wpErrorOf(answer);
  const params = Object.values(error?.data?.params ?? {});
  const message = [error?.message, ...params].filter(Boolean).join(' ');
  return failureOfStatus(answer.status, { message: message || error?.code });
}
