import http from 'node:http';
import type net from 'node:net';

/**
 * A loopback HTTP proxy in front of a test server (WordPress, a ninjs receiver) whose faults a
 * test programs per request: the failures a reporter's 3G, hotel Wi-Fi or newsroom proxy cause.
 * Each fault is one thing a client cannot tell apart from the real network.
 */
export type Fault =
  /** Forwarded, the server answered (committed), then the client's socket is reset. */
  | { kind: 'drop-response' }
  /** The client's socket is reset after `afterBytes` body bytes; the server got only those and an abort. */
  | { kind: 'reset-mid-upload'; afterBytes: number }
  /** The whole request is forwarded (the server will commit), the client is reset before any answer. */
  | { kind: 'reset-after-upload' }
  /** No answer until the client gives up (or `maxMs`); with `forward` the server still gets the request. */
  | { kind: 'stall'; forward?: boolean; maxMs?: number }
  /** Answered by the proxy, never forwarded: 502/503 (with Retry-After), 413… */
  | { kind: 'status'; status: number; retryAfter?: number | string }
  /** 200 text/html sign-in page, as hotel Wi-Fi answers anything before you log in. Never forwarded. */
  | { kind: 'captive-portal' };

export type FaultKind = Fault['kind'];

export interface ProxiedRequest {
  /** 1 for the first request the proxy saw. */
  index: number;
  method: string;
  /** The request target: path and query. */
  path: string;
}

export interface FaultRule {
  method?: string;
  /** A string matches the path's beginning (without the query); a RegExp is tested on path + query. */
  path?: string | RegExp;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  fault: Fault;
}

export interface FaultProxyStats {
  requests: number;
  forwarded: number;
  faults: number;
  byKind: Partial<Record<FaultKind, number>>;
  upstreamErrors: number;
}

export interface FaultProxy {
  url: string;
  /** Adds a rule; rules are tried in order before the schedule. */
  inject(rule: FaultRule): void;
  /** Consulted for requests no rule took: return a fault or nothing (e.g. every third POST). */
  schedule(decide: ((request: ProxiedRequest) => Fault | undefined) | undefined): void;
  /** Drops every rule and the schedule. */
  clear(): void;
  readonly stats: FaultProxyStats;
  /** The last 1,000 injected faults, oldest first. */
  readonly injected: readonly (ProxiedRequest & { fault: FaultKind })[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'upgrade', 'te', 'trailer']);
const CAPTIVE_PORTAL =
  '<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body><h1>Welcome</h1>' +
  '<form method="post" action="/login"><input name="room"><button>Connect</button></form></body></html>';

export async function startFaultProxy({
  upstream,
  lifetimeMs = 15 * 60_000,
}: {
  /** e.g. http://127.0.0.1:41234 */
  upstream: string;
  /** Closes itself after this long, so a test that forgets close() leaves nothing listening. */
  lifetimeMs?: number;
}): Promise<FaultProxy> {
  const target = new URL(upstream);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const rules: (FaultRule & { left: number })[] = [];
  let decide: ((request: ProxiedRequest) => Fault | undefined) | undefined;
  const stats: FaultProxyStats = { requests: 0, forwarded: 0, faults: 0, byKind: {}, upstreamErrors: 0 };
  const injected: (ProxiedRequest & { fault: FaultKind })[] = [];
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const faultFor = (request: ProxiedRequest): Fault | undefined => {
    const pathname = request.path.split('?')[0];
    const rule = rules.find(
      (r) =>
        r.left > 0 &&
        (!r.method || r.method.toUpperCase() === request.method) &&
        (r.path === undefined ||
          (typeof r.path === 'string' ? pathname.startsWith(r.path) : r.path.test(request.path))),
    );
    if (rule) {
      rule.left--;
      return rule.fault;
    }
    return decide?.(request);
  };

  /** A TCP RST, not a clean close: what a dropped mobile link or a killed proxy looks like. */
  const reset = (req: http.IncomingMessage) => {
    if (!req.socket.destroyed) req.socket.resetAndDestroy();
  };

  /** Sends the request on to the server; the body is piped unless the caller feeds it. */
  const forward = (
    req: http.IncomingMessage,
    onAnswer: (answer: http.IncomingMessage) => void,
    { pipe = true, onError = () => reset(req) }: { pipe?: boolean; onError?: () => void } = {},
  ) => {
    stats.forwarded++;
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    const onward = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
      onAnswer,
    );
    onward.on('error', () => {
      stats.upstreamErrors++;
      onError();
    });
    if (pipe) req.pipe(onward);
    return onward;
  };

  const later = (ms: number, action: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
    return timer;
  };

  const inject = (fault: Fault, req: http.IncomingMessage, res: http.ServerResponse) => {
    switch (fault.kind) {
      case 'drop-response':
        forward(req, (answer) => answer.resume().on('end', () => reset(req)));
        return;
      case 'reset-mid-upload': {
        const onward = forward(req, (answer) => answer.resume(), { pipe: false });
        let seen = 0;
        let cut = false;
        // The client is reset at once; the server gets the bytes so far, then the connection ends.
        const cutAt = (partial: Buffer) => {
          if (cut) return;
          cut = true;
          req.pause();
          reset(req);
          onward.write(partial, () => onward.destroy());
        };
        req.on('data', (chunk: Buffer) => {
          const take = Math.max(0, Math.min(chunk.length, fault.afterBytes - seen));
          seen += chunk.length;
          if (seen >= fault.afterBytes) cutAt(chunk.subarray(0, take));
          else onward.write(chunk);
        });
        req.on('end', () => cutAt(Buffer.alloc(0)));
        return;
      }
      case 'reset-after-upload':
        forward(req, (answer) => answer.resume());
        req.on('end', () => reset(req));
        return;
      case 'stall': {
        if (fault.forward) forward(req, (answer) => answer.resume());
        else req.resume();
        const timer = later(fault.maxMs ?? 120_000, () => reset(req));
        res.on('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return;
      }
      case 'status':
        req.resume();
        res.writeHead(fault.status, {
          'content-type': 'text/html; charset=utf-8',
          ...(fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }),
        });
        res.end(`<html><body><h1>${fault.status} ${http.STATUS_CODES[fault.status] ?? ''}</h1></body></html>`);
        return;
      case 'captive-portal':
        req.resume();
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(CAPTIVE_PORTAL);
        return;
    }
  };

  const server = http.createServer((req, res) => {
    const request = { index: ++stats.requests, method: req.method ?? 'GET', path: req.url ?? '/' };
    const fault = faultFor(request);
    if (!fault) {
      forward(
        req,
        (answer) => {
          const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
          res.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(res);
        },
        { onError: () => (res.headersSent ? reset(req) : res.writeHead(502).end('upstream unreachable')) },
      );
      return;
    }
    stats.faults++;
    stats.byKind[fault.kind] = (stats.byKind[fault.kind] ?? 0) + 1;
    injected.push({ ...request, fault: fault.kind });
    if (injected.length > 1_000) injected.shift();
    inject(fault, req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      agent.destroy();
    }));
  later(lifetimeMs, () => void close()).unref();

  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    inject: (rule) => rules.push({ ...rule, left: rule.times ?? 1 }),
    schedule: (next) => (decide = next),
    clear: () => {
      rules.length = 0;
      decide = undefined;
    },
    stats,
    injected,
    close,
  };
}
