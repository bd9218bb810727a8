import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNewsdesk } from '../compose';
import { startWebHost, type WebHost } from './server';

interface Reply {
  status: number;
  json: unknown;
}

/** POSTs photos.stage as the web bridge does: the bytes as the body, draftId and name in the query. */
function stage(
  host: WebHost,
  query: Record<string, string>,
  body: Buffer | Buffer[],
  headers: Record<string, string> = { authorization: `Bearer ${host.token}` },
  type = 'application/octet-stream',
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/api/photos.stage?${new URLSearchParams(query).toString()}`,
        headers: { 'content-type': type, ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          let json: unknown = text;
          try {
            json = JSON.parse(text);
          } catch {
            // 401/403 answer in plain text.
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', reject);
    // An array is sent chunk by chunk (no content-length): the cap must hold as the body grows.
    if (Array.isArray(body)) {
      for (const chunk of body) req.write(chunk);
      req.end();
    } else req.end(body);
  });
}

describe('web host: photos.stage sends the file as bytes', () => {
  let dir: string;
  let incoming: string;
  let host: WebHost;
  let draftId: string;
  const cap = 64 * 1024;
  const inIncoming = () => readdir(incoming).catch(() => [] as string[]);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-stage-'));
    const dataDir = path.join(dir, 'data');
    incoming = path.join(dataDir, 'incoming');
    const services = await createNewsdesk({ dataDir });
    host = await startWebHost({ services, rendererDir: path.join(dir, 'renderer'), dataDir, maxBodyBytes: cap });
    draftId = (await services.drafts.create()).id;
  });
  beforeEach(async () => {
    await rm(incoming, { recursive: true, force: true });
  });
  afterAll(async () => {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stages bytes that are not UTF-8 byte for byte, under the NFC name', async () => {
    // 0xff, lone continuation bytes, a cut-off sequence: all refused as text, all fine as a file.
    const bytes = Buffer.from([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0x80,
      0xbf,
      0xc3,
      0x00,
      0xfe,
      0xe2,
      0x82,
      ...Array(5000).keys(),
    ]);
    const name = 'Ảnh Cần Thơ.jpg';
    const reply = await stage(host, { draftId, name: name.normalize('NFD') }, bytes);
    expect(reply).toMatchObject({ status: 200, json: { ok: true, data: { stagedId: expect.any(String) } } });
    const { stagedId } = (reply.json as { data: { stagedId: string } }).data;
    expect(await inIncoming()).toEqual([`${stagedId}-${name.normalize('NFC')}`]);
    const stored = await readFile(path.join(incoming, `${stagedId}-${name.normalize('NFC')}`));
    expect(stored.equals(bytes)).toBe(true);
  });

  it.each([
    ['with a content-length', Buffer.alloc(cap + 1, 0xff)],
    ['sent in chunks', Array.from({ length: 10 }, () => Buffer.alloc(16 * 1024, 0xfe))],
  ])('answers 413 to a file over the cap %s, and leaves nothing in incoming/', async (_how, body) => {
    const reply = await stage(host, { draftId, name: 'big.tif' }, body);
    expect(reply).toMatchObject({
      status: 413,
      json: { ok: false, error: { code: 'invalid_request', message: expect.stringContaining('too large') } },
    });
    expect(await inIncoming()).toEqual([]);
  });

  it('refuses a wrong token with 401 and a JSON body with 415, staging nothing', async () => {
    const bytes = Buffer.from([1, 2, 3]);
    const wrong = { authorization: `Bearer ${'f'.repeat(48)}` };
    expect((await stage(host, { draftId, name: 'a.jpg' }, bytes, wrong)).status).toBe(401);
    const auth = { authorization: `Bearer ${host.token}` };
    expect((await stage(host, { draftId, name: 'a.jpg' }, bytes, auth, 'application/json')).status).toBe(415);
    expect(await inIncoming()).toEqual([]);
  });

  it('names the missing field when the query lacks the file name', async () => {
    const reply = await stage(host, { draftId }, Buffer.from([1, 2, 3]));
    expect(reply).toMatchObject({
      status: 400,
      json: { ok: false, error: { code: 'invalid_request', field: 'name' } },
    });
    expect(await inIncoming()).toEqual([]);
  });
});
