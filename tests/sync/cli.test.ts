import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { startNinjsReceiver, type NinjsReceiver } from '../support/ninjsReceiver';
import { finishedStory } from './desk';

const bin = path.resolve(import.meta.dirname, '../../bin/newsdesk.mjs');
let dir = '';
let receiver: NinjsReceiver;

function newsdesk(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, out, err }));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-sync-cli-'));
  receiver = await startNinjsReceiver({ token: 'desk-token' });
});
afterAll(async () => {
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

it('`newsdesk sync --data` drains the outbox once, fails on a rejected token, takes secrets from the environment', async () => {
  const dataDir = path.join(dir, 'data');
  const services = await createServices({ dataDir, sync: { tuning: { concurrency: 0 } } });
  await services.sync.saveTarget({ kind: 'ninjsHttp', id: 'desk', name: 'Bàn tin', url: receiver.url, token: true });
  const id = await finishedStory(services, path.join(dir, 'src'), 1);
  await services.sync.send(id, 'outbox-folder');
  await services.sync.send(id, 'desk');
  await services.close();

  const first = await newsdesk(['sync', '--data', dataDir, '--wait', '0'], { NEWSDESK_NINJS_TOKEN: 'wrong' });
  expect(first.code).toBe(1);
  expect(first.out).toContain('sent     "Bài 1 Cần Thơ" → outbox-folder (file://');
  expect(first.out).toContain(
    'failed   "Bài 1 Cần Thơ" → desk: The password was rejected — update it in Settings → Targets. [auth_rejected]',
  );
  expect(first.out).toContain('1 sent, 1 not sent');
  expect(`${first.out}${first.err}`).not.toContain('wrong');
  expect(await readdir(path.join(dataDir, 'outbox-folder'))).toHaveLength(1);

  // The failed job stays in the outbox; Retry (from the app) and the right token send it.
  const reopened = await createServices({ dataDir, sync: { tuning: { concurrency: 0 } } });
  await reopened.sync.retry(reopened.sync.list(id).find((j) => j.targetId === 'desk')!.id);
  await reopened.close();
  const second = await newsdesk(['sync', '--data', dataDir, '--wait', '0'], { NEWSDESK_SECRET_DESK: 'desk-token' });
  expect(second.out).toContain('sent     "Bài 1 Cần Thơ" → desk');
  expect(second.code).toBe(0);
  expect(receiver.items.size).toBe(1);

  expect((await newsdesk(['sync'])).code).toBe(2);
}, 120_000);
