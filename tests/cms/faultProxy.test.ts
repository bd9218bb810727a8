import http from 'node:http';
import type net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../support/faultProxy';

/** What the server behind the proxy received: did each request arrive whole? */
interface Arrival {
  method: string;
  path: string;
  bytes: number;
  complete: boolean;
}

let upstream: http.Server;
let proxy: FaultProxy;
const arrivals: Arrival[] = [];

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      arrivals.push({ method: req.method ?? '', path: req.url ?? '', bytes, complete: true });
      res.writeHead(201, { 'content-type': 'application/json', 'x-server': 'upstream' });
      res.end(JSON.stringify({ received: bytes }));
    });
    req.on('close', () => {
      if (!req.complete) arrivals.push({ method: req.method ?? '', path: req.url ?? '', bytes, complete: false });
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  proxy = await startFaultProxy({ upstream: `http://127.0.0.1:${(upstream.address() as net.AddressInfo).port}` });
});

afterAll(async () => {
  await proxy.close();
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

beforeEach(() => {
  proxy.clear();
  arrivals.length = 0;
});

const upload = (path: string, bytes = 200_000, init: RequestInit = {}) =>
  fetch(`${proxy.url}${path}`, { method: 'POST', body: new Uint8Array(bytes).fill(7), ...init });

describe('fault proxy', () => {
  it('forwards untouched when no fault is programmed', async () => {
    const answer = await upload('/wp-json/wp/v2/media?x=1');
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-server')).toBe('upstream');
    expect(await answer.json()).toEqual({ received: 200_000 });
    expect(arrivals).toEqual([{ method: 'POST', path: '/wp-json/wp/v2/media?x=1', bytes: 200_000, complete: true }]);
  });

  it('drops the answer after the server committed: the client sees a reset', async () => {
    proxy.inject({ method: 'POST', path: '/wp-json/wp/v2/posts', fault: { kind: 'drop-response' } });
    await expect(upload('/wp-json/wp/v2/posts')).rejects.toThrow();
    expect(arrivals).toEqual([{ method: 'POST', path: '/wp-json/wp/v2/posts', bytes: 200_000, complete: true }]);
    // Only once: the retry goes through.
    expect((await upload('/wp-json/wp/v2/posts')).status).toBe(201);
    expect(proxy.stats.byKind['drop-response']).toBe(1);
  });

  it('resets mid-upload: the server gets part of the body and an abort', async () => {
    proxy.inject({ path: '/wp-json/wp/v2/media', fault: { kind: 'reset-mid-upload', afterBytes: 50_000 } });
    await expect(upload('/wp-json/wp/v2/media', 2_000_000)).rejects.toThrow();
    await expect.poll(() => arrivals).toHaveLength(1);
    expect(arrivals[0].complete).toBe(false);
    expect(arrivals[0].bytes).toBeLessThanOrEqual(50_000);
  });

  it('resets after the upload: the server gets it all, the client no answer', async () => {
    proxy.inject({ path: '/wp-json/wp/v2/media', fault: { kind: 'reset-after-upload' } });
    await expect(upload('/wp-json/wp/v2/media', 300_000)).rejects.toThrow();
    await expect.poll(() => arrivals).toEqual([expect.objectContaining({ bytes: 300_000, complete: true })]);
  });

  it('stalls past the client timeout, forwarding the request or not', async () => {
    proxy.inject({ path: '/held', fault: { kind: 'stall' } });
    await expect(upload('/held', 10, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/timeout|aborted/i);
    expect(arrivals).toEqual([]);

    proxy.inject({ path: '/committed', fault: { kind: 'stall', forward: true } });
    await expect(upload('/committed', 10, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/timeout|aborted/i);
    expect(arrivals).toEqual([expect.objectContaining({ path: '/committed', complete: true })]);
  });

  it('answers 502/503 with Retry-After and 413 itself, forwarding nothing', async () => {
    proxy.inject({ fault: { kind: 'status', status: 503, retryAfter: 7 } });
    proxy.inject({ fault: { kind: 'status', status: 502, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' } });
    proxy.inject({ fault: { kind: 'status', status: 413 } });
    const answers = [await upload('/a'), await upload('/b'), await upload('/c', 3_000_000)];
    expect(answers.map((a) => a.status)).toEqual([503, 502, 413]);
    expect(answers.map((a) => a.headers.get('retry-after'))).toEqual(['7', 'Wed, 21 Oct 2026 07:28:00 GMT', null]);
    expect(arrivals).toEqual([]);
  });

  it('answers a captive-portal sign-in page with 200 where JSON was expected', async () => {
    proxy.inject({ method: 'GET', fault: { kind: 'captive-portal' } });
    const answer = await fetch(`${proxy.url}/wp-json/wp/v2/users/me`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    await expect(answer.clone().json()).rejects.toThrow();
    expect(await answer.text()).toMatch(/<form/);
    expect(arrivals).toEqual([]);
  });

  it('follows a schedule and counts requests and faults', async () => {
    const before = { ...proxy.stats, byKind: { ...proxy.stats.byKind } };
    proxy.schedule(({ index, method }) =>
      method === 'POST' && index % 2 === 0 ? { kind: 'status', status: 502 } : undefined,
    );
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await upload('/s', 10)).status);
    expect(statuses.filter((s) => s === 502)).toHaveLength(3);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(proxy.stats.requests - before.requests).toBe(6);
    expect(proxy.stats.faults - before.faults).toBe(3);
    expect(proxy.injected.slice(-3).every((f) => f.fault === 'status' && f.index % 2 === 0)).toBe(true);
  });

  it('a rule with times applies that many times, then requests pass', async () => {
    proxy.inject({ path: '/t', times: 2, fault: { kind: 'status', status: 503 } });
    const statuses = [(await upload('/t', 1)).status, (await upload('/t', 1)).status, (await upload('/t', 1)).status];
    expect(statuses).toEqual([503, 503, 201]);
  });

  it('close() ends stalled requests and stops listening', async () => {
    const own = await startFaultProxy({ upstream: proxy.url });
    own.inject({ fault: { kind: 'stall' } });
    const stalled = fetch(`${own.url}/x`).then(
      () => 'answered',
      () => 'failed',
    );
    await expect.poll(() => own.stats.faults).toBe(1);
    await own.close();
    expect(await stalled).toBe('failed');
    await expect(fetch(`${own.url}/x`)).rejects.toThrow();
  });
});
