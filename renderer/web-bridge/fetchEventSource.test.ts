import { describe, expect, it, vi } from 'vitest';
import { openFetchEventSource } from './fetchEventSource';

function streamOf(chunks: string[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

describe('openFetchEventSource', () => {
  it('sends the header, and splits frames across chunk boundaries like EventSource', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        streamOf([': connected\n\nevent: drafts.chan', 'ged\ndata: {"a":1}\n\n', 'event: x\ndata: 2\n\n']),
      ),
    );
    const source = openFetchEventSource('./api/events', () => ({ Authorization: 'Bearer t' }), fetchImpl);
    const seen: [string, string][] = [];
    const got = new Promise<void>((resolve) => {
      source.addEventListener('drafts.changed', (e) => seen.push(['drafts.changed', e.data]));
      source.addEventListener('x', (e) => {
        seen.push(['x', e.data]);
        resolve();
      });
    });
    await got;
    source.close();
    expect(seen).toEqual([
      ['drafts.changed', '{"a":1}'],
      ['x', '2'],
    ]);
    expect(fetchImpl.mock.calls[0][1]?.headers).toEqual({ Authorization: 'Bearer t' });
  });
});
