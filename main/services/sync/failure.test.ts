import { describe, expect, it } from 'vitest';
import {
  failureOfNetworkError,
  failureOfStatus,
  failureOfUnreadableAnswer,
  type FailureKind,
  SyncError,
} from './failure';

const withCode = (code: string) =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
const named = (name: string) => Object.assign(new Error(name), { name });

describe('failureOfStatus', () => {
  const cases: [status: number, retryAfterMs: number | null, code: string, kind: FailureKind][] = [
    [400, null, 'rejected', 'permanent'],
    [401, null, 'auth_rejected', 'permanent'],
    [403, null, 'forbidden', 'permanent'],
    [404, null, 'remote_missing', 'permanent'],
    [408, null, 'timeout', 'unknownOutcome'],
    [409, null, 'rejected', 'permanent'],
    [412, null, 'changed_remotely', 'conflict'],
    [413, null, 'too_large', 'permanent'],
    [422, null, 'rejected', 'permanent'],
    [429, 30_000, 'rate_limited', 'transient'],
    [500, null, 'server_error', 'unknownOutcome'],
    [502, 5_000, 'server_error', 'unknownOutcome'],
    [503, 120_000, 'server_error', 'unknownOutcome'],
  ];
  for (const [status, retryAfterMs, code, kind] of cases) {
    it(`${status} → ${code} (${kind})`, () => {
      const error = failureOfStatus(status, { retryAfterMs, message: 'Invalid parameter(s): slug' });
      expect([error.failure.code, error.kind, error.failure.detail.status, error.retryAfterMs]).toEqual([
        code,
        kind,
        status,
        code === 'rate_limited' || code === 'server_error' ? retryAfterMs : null,
      ]);
    });
  }

  it("a 400 carries the target's own message, a 401 does not", () => {
    expect(failureOfStatus(400, { message: 'Invalid parameter(s): slug' }).failure.detail.message).toBe(
      'Invalid parameter(s): slug',
    );
    expect(failureOfStatus(401, { message: 'x' }).failure.detail.message).toBeUndefined();
  });

  it('says how long the target asked to wait, in seconds', () => {
    expect(failureOfStatus(503, { retryAfterMs: 1500 }).failure.detail.retryAfterSeconds).toBe(2);
  });
});

describe('failureOfNetworkError', () => {
  const cases: [what: string, error: unknown, bodySent: boolean, code: string, kind: FailureKind][] = [
    ['connection refused', withCode('ECONNREFUSED'), false, 'offline', 'transient'],
    ['no DNS', withCode('ENOTFOUND'), false, 'offline', 'transient'],
    ['DNS try again', withCode('EAI_AGAIN'), false, 'offline', 'transient'],
    ['no route', withCode('ENETUNREACH'), false, 'offline', 'transient'],
    ['connect timeout', withCode('UND_ERR_CONNECT_TIMEOUT'), false, 'offline', 'transient'],
    ['reset before the body went', withCode('ECONNRESET'), false, 'connection_lost', 'transient'],
    ['reset after the body went', withCode('ECONNRESET'), true, 'connection_lost', 'unknownOutcome'],
    ['other side closed', withCode('UND_ERR_SOCKET'), true, 'connection_lost', 'unknownOutcome'],
    ['our timeout after the body went', named('TimeoutError'), true, 'timeout', 'unknownOutcome'],
    ['our timeout before', named('TimeoutError'), false, 'timeout', 'transient'],
    ['headers timeout', withCode('UND_ERR_HEADERS_TIMEOUT'), true, 'timeout', 'unknownOutcome'],
    ['expired certificate', withCode('CERT_HAS_EXPIRED'), false, 'tls', 'permanent'],
    ['self-signed', withCode('DEPTH_ZERO_SELF_SIGNED_CERT'), false, 'tls', 'permanent'],
    ['wrong host name', withCode('ERR_TLS_CERT_ALTNAME_INVALID'), false, 'tls', 'permanent'],
    ['unknown', new Error('boom'), false, 'connection_lost', 'unknownOutcome'],
    [
      'the first of several addresses',
      Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new AggregateError([withCode('ECONNREFUSED').cause]), {}),
      }),
      false,
      'offline',
      'transient',
    ],
  ];
  for (const [what, error, bodySent, code, kind] of cases) {
    it(`${what} → ${code} (${kind})`, () => {
      const failure = failureOfNetworkError(error, { bodySent });
      expect([failure.failure.code, failure.kind]).toEqual([code, kind]);
    });
  }

  it('names what the TLS stack said', () => {
    expect(failureOfNetworkError(withCode('CERT_HAS_EXPIRED'), { bodySent: false }).failure.detail.osCode).toBe(
      'CERT_HAS_EXPIRED',
    );
  });

  it('passes a classified failure through', () => {
    const error = failureOfStatus(413);
    expect(failureOfNetworkError(error, { bodySent: true })).toBe(error);
    expect(error).toBeInstanceOf(SyncError);
  });
});

describe('failureOfUnreadableAnswer', () => {
  const cases: [contentType: string | null, body: string, code: string][] = [
    ['text/html; charset=utf-8', '<!DOCTYPE html><title>Hotel Wi-Fi</title>', 'captive_portal'],
    ['application/json', '<html><body>Sign in</body></html>', 'captive_portal'],
    [null, '  <!doctype html>', 'captive_portal'],
    ['application/json', '{"id": ', 'bad_answer'],
    ['text/plain', 'OK', 'bad_answer'],
  ];
  for (const [contentType, body, code] of cases) {
    it(`${contentType} ${JSON.stringify(body.slice(0, 20))} → ${code}`, () =>
      expect(failureOfUnreadableAnswer(contentType, body).failure.code).toBe(code));
  }
});
