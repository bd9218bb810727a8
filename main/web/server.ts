import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/contract';
import { httpStatusOf } from './httpStatus';
import type { Newsdesk } from '../compose';
import { EventStream } from './eventStream';
import { checkOrigin, checkToken, mediaKeyOf, sameSecret } from './guard';
import { serveMedia } from './media';
import { isBytesMediaType, isJsonMediaType, readJsonBody, requestCapOf, sendsBytes } from './requestBody';
import { readStageRequest } from './stageBody';
import { serveStatic } from './static';

export interface WebHostOptions {
  services: Pick<Newsdesk, 'dispatcher' | 'bus'>;
  /** The data folder: GET /media/<media key>/… serves its drafts' renditions. */
  dataDir?: string;
  /** Largest API request body for every operation (tests); by default requestCapOf(operation). */
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
  /** The rendition URLs' base for this run: give it to createNewsdesk as `mediaBase`. */
  mediaBase: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';
const MEDIA_PREFIX = '/media/';

/** The `mediaBase` app.info answers in the web host for a given token. */
export const webMediaBase = (token: string) => `.${MEDIA_PREFIX}${mediaKeyOf(token)}/`;

/** A fresh per-run token: 24 random bytes as hex. */
export const newToken = () => randomBytes(24).toString('hex');

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

function refuse(res: ServerResponse, status: number, reason: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(reason);
}

/** A path with a broken percent-encoding (`%E0%A4%A`) names nothing: null, never a throw. */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** The loopback web host: the built renderer plus the same API as IPC, over HTTP. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  const mediaKey = mediaKeyOf(token);
  const { dispatcher, bus } = options.services;
  const stream = new EventStream(bus);
  let port = 0;

  const server = createServer((req, res) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith(API_PREFIX);
    const isMedia = url.pathname.startsWith(MEDIA_PREFIX);
    const origin = checkOrigin(req, port, isApi || isMedia);
    if (!origin.ok) return refuse(res, origin.status, origin.reason);
    if (isApi) {
      const verdict = checkToken(req, token);
      if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
    }
    void route(req, res, url).catch(() => {
      if (!res.headersSent) fail(res, 500, 'internal', 'Unexpected error');
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const pathname = decodePath(url.pathname);
    if (pathname === null) {
      fail(res, 400, 'invalid_request', 'The address has a broken percent-encoding');
      return;
    }
    if (url.pathname === `${API_PREFIX}events`) {
      stream.attach(res);
      return;
    }
    if (url.pathname.startsWith(API_PREFIX)) {
      await answerOperation(req, res, pathname.slice(API_PREFIX.length), url);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    if (url.pathname.startsWith(MEDIA_PREFIX)) {
      // /media/<key>/<draftId>/…: without this run's key, no rendition exists.
      const rest = url.pathname.slice(MEDIA_PREFIX.length);
      const slash = rest.indexOf('/');
      if (slash < 0 || !sameSecret(rest.slice(0, slash), mediaKey)) return refuse(res, 404, 'Not found');
      await serveMedia(options.dataDir, rest.slice(slash + 1), req, res);
      return;
    }
    await serveStatic(options.rendererDir, url.pathname, res);
  }

  async function answerOperation(req: IncomingMessage, res: ServerResponse, operation: string, url: URL) {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const bytes = sendsBytes(operation);
    if (!(bytes ? isBytesMediaType : isJsonMediaType)(req.headers['content-type'])) {
      fail(res, 415, 'invalid_request', `Send the request as application/${bytes ? 'octet-stream' : 'json'}`);
      return;
    }
    const limit = options.maxBodyBytes ?? requestCapOf(operation);
    const body = bytes ? await readStageRequest(req, url, limit) : await readJsonBody(req, limit);
    if (!body.ok) {
      fail(res, body.status, 'invalid_request', body.message);
      return;
    }
    const result = await dispatcher.dispatch(operation, body.value);
    sendJson(res, result.ok ? 200 : httpStatusOf(result.error.code), result);
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      // Loopback only: never reachable from the network.
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    // A taken port: the caller may try another, so nothing of this attempt stays subscribed.
    stream.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;

  return {
    // The token travels once in the query; the page moves it into sessionStorage (see guard.ts).
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    mediaBase: webMediaBase(token),
    close: () =>
      new Promise<void>((resolve) => {
        stream.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
