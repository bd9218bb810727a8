/**
 * Server-sent events read with fetch, because EventSource cannot send an Authorization header
 * and the host accepts no ambient credential (see main/web/guard.ts). Dispatches one
 * MessageEvent per `event:`/`data:` frame, like EventSource, and reconnects after a drop.
 */
export interface EventStreamSource {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  removeEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

const RECONNECT_MS = 2_000;

export function openFetchEventSource(
  url: string,
  headers: () => Record<string, string>,
  fetchImpl: typeof fetch,
): EventStreamSource {
  const target = new EventTarget();
  const abort = new AbortController();
  let closed = false;

  function dispatch(frame: string): void {
    let type = 'message';
    const data: string[] = [];
    for (const line of frame.split(/\r?\n/)) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) target.dispatchEvent(new MessageEvent(type, { data: data.join('\n') }));
  }

  async function readOnce(): Promise<void> {
    const response = await fetchImpl(url, { headers: headers(), cache: 'no-store', signal: abort.signal });
    if (!response.ok || !response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      }
    }
  }

  async function run(): Promise<void> {
    while (!closed) {
      await readOnce().catch(() => undefined);
      if (closed) return;
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  }
  void run();

  return {
    addEventListener: (type, listener) => target.addEventListener(type, listener as EventListener),
    removeEventListener: (type, listener) => target.removeEventListener(type, listener as EventListener),
    close: () => {
      closed = true;
      abort.abort();
    },
  };
}
