import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhotoRecord } from '../../shared/article/photo';
import { makeJpeg } from '../../tests/support/photos';
import { createNewsdesk, type Newsdesk } from '../compose';
import { memorySettingsStore } from '../services/settings/memoryStore';
import { startWebHost, type WebHost } from './server';

/** GET/POST with node:http, so the path is sent exactly as written (fetch would normalise it). */
function send(
  host: WebHost,
  pathname: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
) {
  return new Promise<{ status: number; type: string | undefined; cache: string | undefined; body: Buffer }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, method: init.method ?? 'GET', path: pathname, headers: init.headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              type: res.headers['content-type'],
              cache: res.headers['cache-control'],
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(init.body);
    },
  );
}

describe('web host: media and large requests', () => {
  let dir: string;
  let services: Newsdesk;
  let host: WebHost;
  let auth: Record<string, string>;
  let draftId: string;
  let photo: PhotoRecord;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-media-'));
    const dataDir = path.join(dir, 'data');
    services = await createNewsdesk({ dataDir, settingsStore: memorySettingsStore() });
    host = await startWebHost({ services, rendererDir: path.join(dir, 'renderer'), dataDir, maxBodyBytes: 64 * 1024 });
    auth = { authorization: `Bearer ${host.token}` };
    draftId = (await services.drafts.create()).id;
    const data = new Uint8Array(await makeJpeg({ width: 400, height: 300 }));
    const stagedId = await services.photoDesk.stage({ draftId, name: 'a.jpg', data });
    const [result] = await services.photoDesk.import({
      draftId,
      batchId: 'batch-media',
      files: [{ stagedId, name: 'a.jpg' }],
    });
    if (!result.ok) throw new Error(result.error.message);
    photo = result.record;
  });
  afterAll(async () => {
    await host.close();
    await services.close();
    await rm(dir, { recursive: true, force: true });
  });

  const media = () => host.mediaBase.slice(1);
  const url = (file: string) => `${media()}${draftId}/photos/${file}`;

  it('serves a rendition as a JPEG, privately cached', async () => {
    const reply = await send(host, url(photo.renditions[0].file), { headers: auth });
    expect([reply.status, reply.type]).toEqual([200, 'image/jpeg']);
    expect(reply.cache).toMatch(/^private, max-age=\d+$/);
    expect(reply.body.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(reply.body.length).toBe(photo.renditions[0].bytes);
  });

  it('needs this run’s media key, and refuses other origins and sites', async () => {
    const file = photo.renditions[0].file;
    expect((await send(host, `/media/${draftId}/photos/${file}`, { headers: auth })).status).toBe(404);
    expect((await send(host, `/media/${'0'.repeat(32)}/${draftId}/photos/${file}`)).status).toBe(404);
    const foreign = await send(host, url(file), { headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    // An <img> on another port of 127.0.0.1 is "same-site" to the browser, never "same-origin".
    const sameSite = await send(host, url(file), { headers: { 'sec-fetch-site': 'same-site' } });
    expect(sameSite.status).toBe(403);
    expect((await send(host, url(file), { headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
  });

  it.each([
    ['an original', () => url(photo.original.file)],
    ['a record', () => url(`${photo.id}.json`)],
    ['a traversal', () => `${media()}${draftId}/photos/renditions/../../draft.nd`],
    ['an encoded traversal', () => `${media()}${draftId}/photos/renditions/..%2F..%2Fdraft.nd`],
    ['a missing rendition', () => url(`renditions/${photo.id}/9999.jpg`)],
    ['another draft', () => `${media()}00000000-0000-4000-8000-000000000000/photos/${photo.renditions[0].file}`],
  ])('404 for %s', async (_name, target) => {
    expect((await send(host, target(), { headers: auth })).status).toBe(404);
  });

  it('answers 413 to a request over the limit, and keeps serving', async () => {
    const reply = await send(host, `/api/photos.stage?draftId=${draftId}&name=big.tif`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      body: Buffer.alloc(100 * 1024, 0xff),
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body.toString())).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const after = await send(host, '/api/app.info', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(after.body.toString())).toMatchObject({ ok: true });
  });

  it('answers 413 to a chunked body that grows over the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: `/api/photos.stage?draftId=${draftId}&name=big.tif`,
          headers: { ...auth, 'content-type': 'application/octet-stream' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write(Buffer.alloc(16 * 1024, 0xfe));
      req.end();
    });
    expect(status).toBe(413);
  });
});
