import { parseRetryAfter } from './backoff';
import { failureOfNetworkError, failureOfStatus, failureOfUnreadableAnswer, syncError } from './failure';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The body read as JSON; undefined when empty. */
  json: unknown;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'HEAD';
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  signal: AbortSignal;
  /** Our own limit per request; the target's silence past it is a timeout. */
  timeoutMs?: number;
  /** Statuses the caller reads itself (a 409 "exists", a 412) instead of a thrown failure. */
  accept?: readonly number[];
  now?: () => Date;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Credentials never travel over plain http, except to this computer itself. */
export function assertSafeForCredentials(url: string): void {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:') return;
  if (parsed.protocol === 'http:' && LOOPBACK.test(parsed.hostname)) return;
  throw syncError('insecure_url', 'permanent');
}

/**
 * One request whose answer must be JSON. Every way it can fail becomes a classified SyncError:
 * the network's (offline, reset, timeout, TLS), the status's (401, 413, 5xx + Retry-After), and a
 * 2xx that is not JSON (a captive portal's page) — which is never taken for success.
 */
export async function requestJson(request: HttpRequest): Promise<HttpAnswer> {
  const timeout = AbortSignal.timeout(request.timeoutMs ?? 30_000);
  const signal = AbortSignal.any([request.signal, timeout]);
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: { accept: 'application/json', ...request.headers },
      body: request.body,
      signal,
      // A hotel portal redirects everything to its sign-in page: see it, never follow it.
      redirect: 'manual',
    });
    text = await response.text();
  } catch (error) {
    // The reporter's cancel is not a failure of the target: let the worker see it as it is.
    if (request.signal.aborted) throw error;
    throw failureOfNetworkError(error, { bodySent: request.method !== 'GET' && request.method !== 'HEAD' });
  }
  const contentType = response.headers.get('content-type');
  if (response.status >= 300 && response.status < 400) {
    throw syncError('captive_portal', 'permanent', { status: response.status });
  }
  const wanted = response.ok || request.accept?.includes(response.status) === true;
  let json: unknown;
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      // A proxy's 502 page is a 502, not a sign-in page: only a wanted answer must be JSON.
      if (wanted) throw failureOfUnreadableAnswer(contentType, text);
    }
  }
  if (wanted) {
    if (response.ok && json === undefined && request.method !== 'HEAD' && response.status !== 204) {
      throw failureOfUnreadableAnswer(contentType, text);
    }
    return { status: response.status, headers: response.headers, json };
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), (request.now ?? (() => new Date()))());
  const message = (json as { message?: unknown } | undefined)?.message;
  throw failureOfStatus(response.status, { retryAfterMs, message: typeof message === 'string' ? message : undefined });
}
