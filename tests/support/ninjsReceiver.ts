import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';

/**
 * A newsroom's ninjs receiver as docs/ninjs-http.openapi.yaml describes it, on 127.0.0.1, in
 * memory: what a desk could build in an afternoon. It honours Idempotency-Key (a repeated key
 * answers the first success again; the same key with another body is 422), gives every item an
 * ETag, refuses a stale If-Match with 412, and finds an item by its ninjs `uri` (409 on create).
 */
export interface ReceivedItem {
  id: string;
  etag: string;
  ninjs: { uri: string; version?: string; headlines?: { value: string }[] } & Record<string, unknown>;
  /** PUTs that changed it. */
  updates: number;
}

export interface NinjsReceiver {
  url: string;
  items: Map<string, ReceivedItem>;
  pictures: Map<string, Buffer>;
  stats: { creates: number; updates: number; replays: number; pictureUploads: number; requests: number };
  /** Bearer token required when set. */
  token: string | null;
  /** Waits this long before answering each request (a slow link), so kills land mid-send. */
  latencyMs: number;
  /** An edit at the newsroom's end: the item changes and gets a new ETag. */
  editAtDesk(id: string, headline: string): void;
  close(): Promise<void>;
}

const etagOf = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 16);

export async function startNinjsReceiver(options: { token?: string; latencyMs?: number } = {}): Promise<NinjsReceiver> {
  const items = new Map<string, ReceivedItem>();
  const byUri = new Map<string, string>();
  const pictures = new Map<string, Buffer>();
  /** Idempotency-Key → the first successful answer, and the body it was for. */
  const answered = new Map<string, { bodyHash: string; status: number; json: unknown; etag?: string }>();
  const stats = { creates: 0, updates: 0, replays: 0, pictureUploads: 0, requests: 0 };
  let base = '';

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      setTimeout(() => {
        try {
          handle(req, res, Buffer.concat(chunks));
        } catch {
          send(res, 500, { code: 'internal' });
        }
      }, receiver.latencyMs);
    });
  });

  const send = (res: http.ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(json));
  };

  function handle(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) {
    stats.requests++;
    const url = new URL(req.url ?? '/', base);
    if (receiver.token && req.headers.authorization !== `Bearer ${receiver.token}`) {
      return send(res, 401, { code: 'unauthorized', message: 'A valid bearer token is required' });
    }
    if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, { ok: true });
    const key = req.headers['idempotency-key'];
    const bodyHash = createHash('sha256').update(body).digest('hex');
    if (typeof key === 'string' && answered.has(key)) {
      const first = answered.get(key)!;
      if (first.bodyHash !== bodyHash) return send(res, 422, { code: 'key_reused', message: 'Idempotency-Key reused' });
      stats.replays++;
      return send(res, first.status, first.json, {
        'idempotent-replayed': 'true',
        ...(first.etag ? { etag: `"${first.etag}"` } : {}),
      });
    }
    const remember = (status: number, json: unknown, etag?: string) => {
      if (typeof key === 'string') answered.set(key, { bodyHash, status, json, etag });
      send(res, status, json, etag ? { etag: `"${etag}"` } : {});
    };

    const picture = /^\/pictures\/([0-9a-f]{64})\.(jpg|webp)$/.exec(url.pathname);
    if (picture && req.method === 'PUT') {
      if (createHash('sha256').update(body).digest('hex') !== picture[1]) {
        return send(res, 400, { code: 'hash_mismatch', message: 'The bytes do not match the name' });
      }
      const existed = pictures.has(url.pathname);
      if (!existed) stats.pictureUploads++;
      pictures.set(url.pathname, body);
      return remember(existed ? 200 : 201, { href: `${base}${url.pathname.slice(1)}` });
    }

    if (url.pathname === '/items' && req.method === 'POST') {
      if (typeof key !== 'string')
        return send(res, 400, { code: 'key_required', message: 'Idempotency-Key is required' });
      const ninjs = JSON.parse(body.toString('utf8')) as ReceivedItem['ninjs'];
      const existing = byUri.get(ninjs.uri);
      if (existing) {
        const item = items.get(existing)!;
        return send(
          res,
          409,
          { code: 'exists', id: item.id, etag: item.etag, url: `${base}items/${item.id}` },
          { etag: `"${item.etag}"` },
        );
      }
      const item: ReceivedItem = { id: randomUUID(), etag: etagOf(body.toString('utf8')), ninjs, updates: 0 };
      items.set(item.id, item);
      byUri.set(ninjs.uri, item.id);
      stats.creates++;
      return remember(201, { id: item.id, etag: item.etag, url: `${base}items/${item.id}` }, item.etag);
    }

    const itemPath = /^\/items\/([^/]+)$/.exec(url.pathname);
    const item = itemPath ? items.get(decodeURIComponent(itemPath[1])) : undefined;
    if (itemPath && !item) return send(res, 404, { code: 'not_found', message: 'No such item' });
    if (item && req.method === 'GET') return send(res, 200, item.ninjs, { etag: `"${item.etag}"` });
    if (item && req.method === 'PUT') {
      const ifMatch = req.headers['if-match'];
      if (!ifMatch) return send(res, 428, { code: 'if_match_required', message: 'If-Match is required' });
      if (ifMatch.replace(/"/g, '') !== item.etag) {
        return send(
          res,
          412,
          { code: 'changed', message: 'The item changed since that version' },
          { etag: `"${item.etag}"` },
        );
      }
      item.ninjs = JSON.parse(body.toString('utf8')) as ReceivedItem['ninjs'];
      item.etag = etagOf(`${item.etag}${body.toString('utf8')}`);
      item.updates++;
      stats.updates++;
      return remember(200, { id: item.id, etag: item.etag, url: `${base}items/${item.id}` }, item.etag);
    }
    send(res, 404, { code: 'not_found', message: 'No such resource' });
  }

  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`;
  const receiver: NinjsReceiver = {
    url: base,
    items,
    pictures,
    stats,
    token: options.token ?? null,
    latencyMs: options.latencyMs ?? 0,
    editAtDesk(id, headline) {
      const item = items.get(id)!;
      item.ninjs = { ...item.ninjs, headlines: [{ value: headline }] };
      item.etag = etagOf(`${item.etag}desk${headline}`);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return receiver;
}
