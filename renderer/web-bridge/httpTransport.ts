import { z } from 'zod';
import {
  ERROR_CODES,
  STORAGE_FAILURES,
  events,
  operations,
  type ApiResult,
  type BridgeTransport,
  type EventName,
  type OperationName,
  type ParsedRequestOf,
} from '../../shared/contract';
import type { EventStreamSource } from './fetchEventSource';

/** Everything the transport needs from the browser, passed in so tests can fake it. */
export interface HttpTransportDeps {
  /** Read at each call: a reopened URL may bring a new token into a running tab. */
  token: () => string;
  fetch: typeof fetch;
  /** Opens the event stream; `headers` carries the Bearer token (see fetchEventSource.ts). */
  createEventSource: (url: string, headers: () => Record<string, string>) => EventStreamSource;
  /** Where problems go that have no caller to return to (malformed events). */
  warn?: (message: string) => void;
}

const ResultEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      field: z.string().optional(),
      reason: z.enum(STORAGE_FAILURES).optional(),
    }),
  }),
]);

const failure = (code: 'internal' | 'invalid_response' | 'unreachable', message: string): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});

// Browsers allow 64 KiB of keepalive request bodies in flight per page, and reject the request
// outright beyond it; this transport keeps its own count so that never happens.
const KEEPALIVE_BUDGET = 60 * 1024;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * window.newsdesk over the loopback web host: POST ./api/<operation> for calls, one shared
 * event stream (read with fetch) for events; both send the token as `Authorization: Bearer`. Answers are checked against the contract like IPC answers are:
 * the network is outside the renderer, so nothing from it is trusted unparsed.
 */
export function createHttpTransport(deps: HttpTransportDeps): BridgeTransport {
  let source: EventStreamSource | null = null;
  let listeners = 0;
  let keepaliveBytes = 0;

  async function post(operation: OperationName, body: string): Promise<Response> {
    // UTF-8 takes at least one byte per UTF-16 unit, so a body longer than the budget cannot fit:
    // it is not encoded just to learn that (a long story's save is hundreds of KiB, on the UI thread).
    const size = body.length > KEEPALIVE_BUDGET ? body.length : new TextEncoder().encode(body).length;
    const keepalive = keepaliveBytes + size <= KEEPALIVE_BUDGET;
    if (keepalive) keepaliveBytes += size;
    try {
      // A save started as the page closes still reaches the host.
      return await send(`./api/${operation}`, 'application/json', body, keepalive);
    } finally {
      if (keepalive) keepaliveBytes -= size;
    }
  }

  const authorization = () => ({ Authorization: `Bearer ${deps.token()}` });

  function send(url: string, contentType: string, body: BodyInit, keepalive: boolean): Promise<Response> {
    return deps.fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': contentType, ...authorization() },
      body,
      keepalive,
      // No cookie exists, and none should ride along: the Bearer header is the only credential.
      credentials: 'omit',
      cache: 'no-store',
    });
  }

  /**
   * photos.stage: the file's bytes are the body, as they are (no base64, no JSON: nothing for the
   * UI thread to encode), draftId and the NFC name in the query; same token as every call.
   */
  function stage({ draftId, name, data }: ParsedRequestOf<'photos.stage'>): Promise<Response> {
    const query = new URLSearchParams({ draftId, name: name.normalize('NFC') });
    return send(`./api/photos.stage?${query.toString()}`, 'application/octet-stream', data, false);
  }

  async function invoke(operation: OperationName, request: unknown): Promise<ApiResult<unknown>> {
    let photo: ParsedRequestOf<'photos.stage'> | undefined;
    if (operation === 'photos.stage') {
      const parsed = operations[operation].request.safeParse(request);
      if (!parsed.success) return { ok: false, error: { code: 'invalid_request', message: parsed.error.message } };
      photo = parsed.data;
    }
    let response: Response;
    try {
      response = await (photo ? stage(photo) : post(operation, JSON.stringify(request)));
    } catch {
      // fetch rejects only when no answer came at all: the host is stopped or the network is down.
      return failure('unreachable', 'The Newsdesk host is not reachable');
    }
    const text = await response.text().catch(() => '');
    const json = parseJson(text);
    const envelope = json.ok ? ResultEnvelope.safeParse(json.value) : null;
    if (!envelope?.success) {
      return failure('internal', `The Newsdesk host answered HTTP ${response.status} without a result`);
    }
    if (!envelope.data.ok) return envelope.data;
    const data = operations[operation].response.safeParse(envelope.data.data);
    if (!data.success) return failure('invalid_response', `The ${operation} response was malformed`);
    return { ok: true, data: data.data };
  }

  function subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
    // Opened on first use and shared: one connection per page, whatever subscribes.
    source ??= deps.createEventSource('./api/events', authorization);
    const current = source;
    const onMessage = (message: MessageEvent<string>) => {
      const json = parseJson(message.data);
      const payload = json.ok ? events[event].safeParse(json.value) : null;
      if (payload?.success) listener(payload.data);
      else deps.warn?.(`Ignored a malformed ${event} event`);
    };
    current.addEventListener(event, onMessage);
    listeners += 1;
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      current.removeEventListener(event, onMessage);
      listeners -= 1;
      if (listeners === 0 && source === current) {
        current.close();
        source = null;
      }
    };
  }

  return { invoke, subscribe };
}
