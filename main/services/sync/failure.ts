import type { SyncFailure, SyncFailureCode } from '../../../shared/contract/sync';

/**
 * What a failed try means for the next one:
 *   transient       nothing reached the target (offline, refused, 429): try again later
 *   unknownOutcome  the request may have been carried out (timeout after the body went, a reset,
 *                   a proxy's 502): try again later, but reconcile first — find what arrived
 *   permanent       trying again will not help until a person acts (401, 403, 413, captive portal)
 *   conflict        the target's copy changed since we sent: a person chooses
 */
export type FailureKind = 'transient' | 'unknownOutcome' | 'permanent' | 'conflict';

/** A classified failure, thrown by adapters and the HTTP helper. */
export class SyncError extends Error {
  constructor(
    readonly failure: SyncFailure,
    readonly kind: FailureKind,
    /** What the target asked for (Retry-After), in ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(`sync ${failure.code}${failure.detail.status ? ` (HTTP ${failure.detail.status})` : ''}`);
    this.name = 'SyncError';
  }
}

export const syncError = (
  code: SyncFailureCode,
  kind: FailureKind,
  detail: SyncFailure['detail'] = {},
  retryAfterMs: number | null = null,
) => new SyncError({ code, detail }, kind, retryAfterMs);

/** An HTTP answer that is not a success, as the failure a person reads. */
export function failureOfStatus(
  status: number,
  { message, retryAfterMs = null }: { message?: string; retryAfterMs?: number | null } = {},
): SyncError {
  const retryAfterSeconds = retryAfterMs === null ? undefined : Math.ceil(retryAfterMs / 1000);
  const detail = { status, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) };
  if (status === 401) return syncError('auth_rejected', 'permanent', detail);
  if (status === 403) return syncError('forbidden', 'permanent', detail);
  if (status === 404 || status === 410) return syncError('remote_missing', 'permanent', detail);
  if (status === 408) return syncError('timeout', 'unknownOutcome', detail, retryAfterMs);
  if (status === 412) return syncError('changed_remotely', 'conflict', detail);
  if (status === 413) return syncError('too_large', 'permanent', detail);
  if (status === 429) return syncError('rate_limited', 'transient', detail, retryAfterMs);
  // A 5xx (a proxy's 502 especially) may come after the server did the work: reconcile first.
  if (status >= 500) return syncError('server_error', 'unknownOutcome', detail, retryAfterMs);
  const cms = message?.trim().slice(0, 500);
  return syncError('rejected', 'permanent', { ...detail, ...(cms ? { message: cms } : {}) });
}

const OFFLINE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const CUT = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ETIMEDOUT']);
const TIMEOUT = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const TLS =
  /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH)/;

/** The innermost error code of a fetch failure ("fetch failed" → cause → code). */
function codeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'ABORT_ERR') return code;
    const errors = (current as { errors?: unknown[] }).errors;
    if (Array.isArray(errors) && errors.length > 0) current = errors[0];
    else current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A request that threw instead of answering. `bodySent`: whether the whole request may have
 * reached the server — then a cut or a timeout leaves the outcome unknown.
 */
export function failureOfNetworkError(error: unknown, { bodySent }: { bodySent: boolean }): SyncError {
  if (error instanceof SyncError) return error;
  const name = (error as { name?: string } | null)?.name;
  const maybeDone = bodySent ? 'unknownOutcome' : 'transient';
  if (name === 'TimeoutError') return syncError('timeout', maybeDone);
  const code = codeOf(error);
  const osCode = code?.slice(0, 64);
  const detail = osCode ? { osCode } : {};
  if (code && OFFLINE.has(code)) return syncError('offline', 'transient', detail);
  if (code && TIMEOUT.has(code)) return syncError('timeout', maybeDone, detail);
  if (code && TLS.test(code)) return syncError('tls', 'permanent', detail);
  if (code && CUT.has(code)) return syncError('connection_lost', maybeDone, detail);
  return syncError('connection_lost', 'unknownOutcome', detail);
}

/**
 * A 2xx whose body is not the JSON asked for. A web page is a captive portal's sign-in page
 * (hotel Wi-Fi answers every request with one): never taken for "sent".
 */
export function failureOfUnreadableAnswer(contentType: string | null, body: string): SyncError {
  const looksHtml = /html/i.test(contentType ?? '') || /^\s*<(!doctype|html|head|body)/i.test(body);
  return looksHtml ? syncError('captive_portal', 'permanent') : syncError('bad_answer', 'permanent');
}
