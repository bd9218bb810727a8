import { describe, expect, it, vi } from 'vitest';
import type { EventStreamSource } from './fetchEventSource';
import { createHttpTransport } from './httpTransport';

const summary = {
  id: 'draft-0001',
  template: 'tin',
  section: '',
  headline: 'Hà Nội mưa lớn',
  status: 'draft',
  createdAt: '2025-11-27T09:41:07.000Z',
  updatedAt: '2025-11-27T09:41:07.000Z',
  revision: 1,
  recovered: false,
  excerpt: 'Chiều nay, Hà Nội…',
};

const answer = (status: number, body: string) => Promise.resolve(new Response(body, { status }));

class FakeEventSource extends EventTarget {
  closed = false;
  constructor(
    readonly url: string,
    readonly headers: () => Record<string, string>,
  ) {
    super();
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: string) {
    this.dispatchEvent(new MessageEvent(type, { data }));
  }
}

function setup(fetchImpl: typeof fetch) {
  const sources: FakeEventSource[] = [];
  const transport = createHttpTransport({
    token: () => 'tok',
    fetch: fetchImpl,
    createEventSource: (url, headers) => {
      const source = new FakeEventSource(url, headers);
      sources.push(source);
      return source as unknown as EventStreamSource;
    },
  });
  return { transport, sources };
}

describe('createHttpTransport', () => {
  it('posts the request with the token and returns the checked answer', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => answer(200, JSON.stringify({ ok: true, data: { draft: summary } })));
    const { transport } = setup(fetchImpl);
    const request = { id: summary.id, headline: 'Hà Nội', body: null, bodyText: '' };
    await expect(transport.invoke('drafts.save', request)).resolves.toEqual({ ok: true, data: { draft: summary } });
    const [url, init] = fetchImpl.mock.calls[0];
    expect(url).toBe('./api/drafts.save');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer tok' });
    expect(init?.credentials).toBe('omit');
    expect(JSON.parse(String(init?.body))).toEqual(request);
  });

  it.each([
    [
      'the picked File itself (streamed by the browser)',
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0x80, 0x00])], 'x'),
    ],
    ['bytes', new Uint8Array([0xff, 0xd8, 0xff, 0x80, 0x00])],
  ])('sends photos.stage as %s, draftId and the NFC name in the query', async (_, data) => {
    const stagedId = '0b9f6c1e-1d2a-4c3b-9e8f-7a6b5c4d3e2f';
    const fetchImpl = vi.fn<typeof fetch>(() => answer(200, JSON.stringify({ ok: true, data: { stagedId } })));
    const { transport } = setup(fetchImpl);
    const draftId = '00000000-0000-4000-8000-000000000001';
    const request = { draftId, name: 'Ảnh Cần Thơ.jpg'.normalize('NFD'), data };
    await expect(transport.invoke('photos.stage', request)).resolves.toEqual({ ok: true, data: { stagedId } });
    const [url, init] = fetchImpl.mock.calls[0];
    const sent = new URL(String(url), 'http://127.0.0.1/');
    expect(sent.pathname).toBe('/api/photos.stage');
    expect(Object.fromEntries(sent.searchParams)).toEqual({ draftId, name: 'Ảnh Cần Thơ.jpg'.normalize('NFC') });
    expect(init?.headers).toEqual({ 'Content-Type': 'application/octet-stream', Authorization: 'Bearer tok' });
    // The very file or bytes: no copy, no base64, no JSON around them.
    expect(init?.body).toBe(data);
    expect([...new Uint8Array(await new Response(init?.body).arrayBuffer())]).toEqual([0xff, 0xd8, 0xff, 0x80, 0x00]);
    await expect(transport.invoke('photos.stage', { draftId, name: 'a.jpg', data: 'AAAA' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'an API error',
      () => answer(507, JSON.stringify({ ok: false, error: { code: 'storage_failed', message: 'disk full' } })),
      'storage_failed',
    ],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'unreachable'],
    ['a non-JSON answer', () => answer(401, 'Missing or wrong token'), 'internal'],
    [
      'an unknown error code',
      () => answer(500, JSON.stringify({ ok: false, error: { code: 'boom', message: 'x' } })),
      'internal',
    ],
    [
      'data that breaks the contract',
      () => answer(200, JSON.stringify({ ok: true, data: { drafts: 'no' } })),
      'invalid_response',
    ],
  ])('turns %s into an error result', async (_name, respond, code) => {
    const { transport } = setup(respond);
    const result = await transport.invoke('drafts.list', {});
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('keeps the cause of a storage failure', async () => {
    const error = { code: 'storage_failed', message: 'Not saved: the disk is full', reason: 'disk_full' };
    const { transport } = setup(() => answer(507, JSON.stringify({ ok: false, error })));
    await expect(transport.invoke('drafts.list', {})).resolves.toEqual({ ok: false, error });
  });

  it('shares one lazily opened event stream and drops malformed events', () => {
    const { transport, sources } = setup(() => answer(200, '{}'));
    expect(sources).toHaveLength(0);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = transport.subscribe('drafts.changed', first);
    const stopSecond = transport.subscribe('drafts.changed', second);
    // The token never goes into the stream's URL: it travels as a header, like every call's.
    expect(sources.map((s) => [s.url, s.headers()])).toEqual([['./api/events', { Authorization: 'Bearer tok' }]]);
    sources[0].emit('drafts.changed', JSON.stringify({ draft: summary }));
    sources[0].emit('drafts.changed', '{"draft": 1}');
    sources[0].emit('drafts.changed', 'not json');
    expect(first.mock.calls).toEqual([[{ draft: summary }]]);
    stopFirst();
    expect(sources[0].closed).toBe(false);
    stopSecond();
    expect(sources[0].closed).toBe(true);
    expect(second).toHaveBeenCalledTimes(1);
  });
});
