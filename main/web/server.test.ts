import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewsdesk } from '../compose';
import { startWebHost, type WebHost } from './server';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(
  host: WebHost,
  {
    method = 'POST',
    pathname = '/api/drafts.list',
    headers = {},
    body = '{}',
    address = '127.0.0.1',
  }: {
    method?: string;
    pathname?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    address?: string;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: address,
        port: host.port,
        method,
        path: pathname,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (method !== 'GET') req.end(body);
    else req.end();
  });
}

describe('loopback web host', () => {
  let dir: string;
  let host: WebHost;
  let auth: Record<string, string>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-web-'));
    const rendererDir = path.join(dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(
      path.join(rendererDir, 'index.html'),
      '<html><head><script type="module" src="./app.js"></script></head></html>',
    );
    await writeFile(path.join(rendererDir, 'app.js'), 'export {};');
    // A link planted in the built renderer pointing at the data folder's settings: never served.
    await mkdir(path.join(dir, 'data'));
    await writeFile(path.join(dir, 'data', 'settings.json'), '{"secret":"x"}');
    await symlink(path.join(dir, 'data', 'settings.json'), path.join(rendererDir, 'leak.json'));
    const services = await createNewsdesk({ dataDir: path.join(dir, 'data') });
    host = await startWebHost({ services, rendererDir });
    auth = { authorization: `Bearer ${host.token}` };
  });
  afterAll(async () => {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  });

  const cases: { name: string; status: number; req: () => Parameters<typeof send>[1]; field?: string }[] = [
    { name: 'no token', status: 401, req: () => ({}) },
    { name: 'wrong token', status: 401, req: () => ({ headers: { authorization: `Bearer ${'f'.repeat(48)}` } }) },
    { name: 'token of another length', status: 401, req: () => ({ headers: { authorization: 'Bearer abc' } }) },
    { name: 'token in the URL only', status: 401, req: () => ({ pathname: `/api/drafts.list?token=${host.token}` }) },
    {
      name: 'token in a cookie only',
      status: 401,
      req: () => ({ headers: { cookie: `newsdesk_token_${host.port}=${host.token}` } }),
    },
    {
      name: 'another port of 127.0.0.1 (Sec-Fetch-Site: same-site)',
      status: 403,
      req: () => ({ headers: { ...auth, 'sec-fetch-site': 'same-site' } }),
    },
    {
      name: 'broken percent-encoding in an API path',
      status: 400,
      req: () => ({ headers: auth, pathname: '/api/%E0%A4%A' }),
    },
    {
      name: 'broken percent-encoding in a page path',
      status: 400,
      req: () => ({ method: 'GET', pathname: '/%E0%A4%A' }),
    },
    {
      name: 'application/jsonx',
      status: 415,
      req: () => ({ headers: { ...auth, 'content-type': 'application/jsonx' } }),
    },
    {
      name: 'application/json with a charset',
      status: 200,
      req: () => ({ headers: { ...auth, 'content-type': 'application/json; charset=utf-8' } }),
    },
    { name: 'foreign Origin', status: 403, req: () => ({ headers: { ...auth, origin: 'http://evil.example' } }) },
    {
      name: 'Origin on another port',
      status: 403,
      req: () => ({ headers: { ...auth, origin: 'http://127.0.0.1:1' } }),
    },
    {
      name: 'foreign Host (DNS rebinding)',
      status: 403,
      req: () => ({ headers: { ...auth, host: `evil.example:${host.port}` } }),
    },
    // The page holds no secret: anyone may load it; only the API needs the token.
    { name: 'page without token', status: 200, req: () => ({ method: 'GET', pathname: '/' }) },
    { name: 'unknown operation', status: 404, req: () => ({ headers: auth, pathname: '/api/drafts.explode' }) },
    {
      name: 'malformed JSON',
      status: 400,
      req: () => ({ headers: auth, pathname: '/api/drafts.get', body: '{"id":' }),
    },
    {
      name: 'payload with a wrong field',
      status: 400,
      field: 'headline',
      req: () => ({ headers: auth, pathname: '/api/drafts.create', body: JSON.stringify({ headline: 42 }) }),
    },
    { name: 'GET on an operation', status: 405, req: () => ({ method: 'GET', headers: auth }) },
    { name: 'right token', status: 200, req: () => ({ headers: auth }) },
    {
      name: 'own Origin with token',
      status: 200,
      req: () => ({ headers: { ...auth, origin: `http://127.0.0.1:${host.port}` } }),
    },
    { name: 'page with token in URL', status: 200, req: () => ({ method: 'GET', pathname: `/?token=${host.token}` }) },
  ];

  for (const c of cases) {
    it(`${c.name} → ${c.status}`, async () => {
      const reply = await send(host, c.req());
      expect(reply.status).toBe(c.status);
      if (c.field) {
        const body = JSON.parse(reply.body) as { error: { field: string; message: string } };
        expect(body.error.field).toBe(c.field);
        expect(body.error.message).toContain(c.field);
      }
    });
  }

  it('injects the bridge before the app script, and never the token or a cookie', async () => {
    const reply = await send(host, { method: 'GET', pathname: `/?token=${host.token}` });
    expect(reply.body.indexOf('web-bridge.js')).toBeLessThan(reply.body.indexOf('app.js'));
    expect(reply.body).not.toContain(host.token);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('does not serve files outside the renderer folder', async () => {
    const reply = await send(host, { method: 'GET', pathname: `/..%2Fdata%2Fdrafts?token=${host.token}` });
    expect(reply.status).toBe(404);
  });

  it('serves the renderer with its type, and refuses a symlink out of it and encoded dot segments', async () => {
    const script = await send(host, { method: 'GET', pathname: '/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await send(host, { method: 'GET', pathname: '/leak.json' })).status).toBe(404);
    expect((await send(host, { method: 'GET', pathname: '/%2e%2e/data/settings.json' })).status).toBe(404);
  });

  it('listens on loopback only', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    for (const address of others) {
      await expect(send(host, { headers: auth, address })).rejects.toThrow(/ECONNREFUSED/);
    }
    const url = new URL(host.url);
    expect(url.hostname).toBe('127.0.0.1');
  });

  it('runs a real create → save → get round trip', async () => {
    const created = JSON.parse((await send(host, { headers: auth, pathname: '/api/drafts.create', body: '{}' })).body);
    const id = created.data.draft.id as string;
    const headline = 'Cần Thơ'.normalize('NFD');
    const saved = await send(host, {
      headers: auth,
      pathname: '/api/drafts.save',
      body: JSON.stringify({ id, headline, body: null, bodyText: '' }),
    });
    expect(saved.status).toBe(200);
    const got = JSON.parse(
      (await send(host, { headers: auth, pathname: '/api/drafts.get', body: JSON.stringify({ id }) })).body,
    );
    expect(got.data.draft.headline).toBe('Cần Thơ'.normalize('NFC'));
  });

  it('refuses a body that is not UTF-8 with 400, and stores nothing', async () => {
    const created = JSON.parse((await send(host, { headers: auth, pathname: '/api/drafts.create', body: '{}' })).body);
    const id = created.data.draft.id as string;
    const raw = Buffer.concat([
      Buffer.from(`{"id":"${id}","headline":"Hà Nội `),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
      Buffer.from('","body":null,"bodyText":""}'),
    ]);
    const reply = await send(host, { headers: auth, pathname: '/api/drafts.save', body: raw });
    expect(reply.status).toBe(400);
    expect(reply.body).toContain('UTF-8');
    const got = JSON.parse(
      (await send(host, { headers: auth, pathname: '/api/drafts.get', body: JSON.stringify({ id }) })).body,
    );
    expect(got.data.draft.headline).not.toContain('\uFFFD');
  });

  it('refuses a body nested 2,000 levels deep with 400, not a stack overflow', async () => {
    const created = JSON.parse((await send(host, { headers: auth, pathname: '/api/drafts.create', body: '{}' })).body);
    const id = created.data.draft.id as string;
    let node = '{"type":"text","text":"x"}';
    for (let i = 0; i < 2000; i++) node = `{"type":"paragraph","children":[${node}]}`;
    const body = `{"id":"${id}","headline":"x","bodyText":"","body":{"root":{"type":"root","children":[${node}]}}}`;
    const reply = await send(host, { headers: auth, pathname: '/api/drafts.save', body });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/deeper than 64 levels/);
  });

  it('refuses a 9 MiB drafts.save with 413 before reading it all', async () => {
    const body = JSON.stringify({ id: 'draft-0001', headline: 'x', body: null, bodyText: 'a'.repeat(9 * 2 ** 20) });
    const reply = await send(host, { headers: auth, pathname: '/api/drafts.save', body });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/8 MiB/);
  });

  it('refuses a story over the text cap with 400 and the field', async () => {
    const body = JSON.stringify({ id: 'draft-0001', headline: 'x', body: null, bodyText: 'a'.repeat(700_000) });
    const reply = await send(host, { headers: auth, pathname: '/api/drafts.save', body });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.field).toBe('bodyText');
  });
});
