import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/contract';
import { httpStatusOf } from './httpStatus';
import type { Newsdesk } from '../compose';
import { EventStream } from './eventStream';
import { checkRequest, tokenCookieName } from './guard';
import { serveMedia } from './media';
import { serveStatic } from './static';

export interface WebHostOptions {
  services: Pick<Newsdesk, 'dispatcher' | 'bus'>;
  /** The data folder: GET /media/… serves its drafts' renditions. */
  dataDir?: string;
  /** Largest API request body; over it the answer is 413. */
  maxBodyBytes?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** photos.stage carries a whole file as base64: a 100 MB TIFF is ~135 MB of JSON. */
const MAX_BODY_BYTES = 200 * 1024 * 1024;
const API_PREFIX = '/api/';
const MEDIA_PREFIX = '/media/';

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, status: number, code: 'invalid_request' | 'internal', message: string) {
  sendJson(res, status, { ok: false, error: { code, message } });
}

type Body = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

const tooLarge = (limit: number): Body => ({
  ok: false,
  status: 413,
  message: `The request is too large (the limit is ${Math.round(limit / 2 ** 20)} MB)`,
});

/**
 * Reads a JSON body of at most `limit` bytes. Over the limit it answers at once and drops the
 * rest as it arrives: closing the connection while the browser still sends would reset it
 * before the 413 is read.
 */
function readJson(req: IncomingMessage, limit: number): Promise<Body> {
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume();
    return Promise.resolve(tooLarge(limit));
  }
  return new Promise<Body>((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        chunks = [];
        resolve(tooLarge(limit));
      }
    });
    req.on('error', reject);
    // A sender that went away mid-body: settle, so nothing waits (or holds the chunks) forever.
    req.on('close', () => resolve({ ok: false, status: 400, message: 'The request ended early' }));
    req.on('end', () => {
      if (size > limit) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({ ok: true, value: {} });
      try {
        resolve({ ok: true, value: JSON.parse(text) as unknown });
      } catch {
        resolve({ ok: false, status: 400, message: 'The request body is not valid JSON' });
      }
    });
  });
}

/** The loopback web host: the built renderer plus the same API as IPC, over HTTP. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const { dispatcher, bus } = options.services;
  const stream = new EventStream(bus);
  let port = 0;

  const server = createServer((req, res) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    const verdict = checkRequest(req, port, token);
    if (!verdict.ok) {
      res.writeHead(verdict.status, { 'content-type': 'text/plain; charset=utf-8' }).end(verdict.reason);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    void route(req, res, url).catch(() => {
      if (!res.headersSent) fail(res, 500, 'internal', 'Unexpected error');
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === `${API_PREFIX}events`) {
      stream.attach(res);
      return;
    }
    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        fail(res, 415, 'invalid_request', 'Send the request as application/json');
        return;
      }
      const body = await readJson(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
      if (!body.ok) {
        fail(res, body.status, 'invalid_request', body.message);
        return;
      }
      const operation = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      const result = await dispatcher.dispatch(operation, body.value);
      sendJson(res, result.ok ? 200 : httpStatusOf(result.error.code), result);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    if (url.pathname.startsWith(MEDIA_PREFIX)) {
      await serveMedia(options.dataDir, url.pathname.slice(MEDIA_PREFIX.length), req, res);
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      // Lets the page's own requests (assets, events) authenticate without the query string.
      res.setHeader('set-cookie', `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    await serveStatic(options.rendererDir, url.pathname, res, token);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: never reachable from the network.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        stream.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
