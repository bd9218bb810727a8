import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { LockSchema } from '../../main/services/drafts/storeLock';
import { finishedStory } from './desk';

/*
 * `node bin/newsdesk.mjs …` without MALLOC_ARENA_MAX runs itself again as a child with it set;
 * the child opens the data folder and holds its lock. Whatever ends the wrapper (SIGKILL cannot
 * be caught) must end the child too, or the folder stays locked by a process nobody sees.
 */

const bin = path.resolve(import.meta.dirname, '../../bin/newsdesk.mjs');
let dir = '';
let dataDir = '';
/** A ninjs receiver that takes each request and never answers (`sync` stays busy, lock held), or refuses it at once. */
let silent: Server;
let requests = 0;
let refusing = false;
const openRequests = new Set<() => void>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-cli-wrapper-'));
  silent = createServer((request, response) => {
    requests++;
    request.resume();
    if (refusing) response.writeHead(503).end();
    else openRequests.add(() => request.socket.destroy());
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as { port: number }).port;
  dataDir = path.join(dir, 'data');
  const services = await createServices({ dataDir, sync: { tuning: { concurrency: 0 } } });
  await services.sync.saveTarget({
    kind: 'ninjsHttp',
    id: 'desk',
    name: 'Bàn tin',
    url: `http://127.0.0.1:${port}`,
    token: false,
  });
  await services.sync.send(await finishedStory(services, path.join(dir, 'src'), 1, 1), 'desk');
  await services.close();
}, 60_000);
afterAll(async () => {
  for (const drop of openRequests) drop();
  await new Promise((resolve) => silent.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** Resolves once `check` holds, polling the real world (files, processes) every 50 ms. */
async function until<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  ms = 60_000,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Running and not a zombie waiting to be reaped (a zombie holds nothing, not even a lock). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** `node bin/newsdesk.mjs sync` as a person starts it: no MALLOC_ARENA_MAX in the environment. */
function startSync(wait: number) {
  const env = { ...process.env };
  delete env.MALLOC_ARENA_MAX;
  const wrapper = spawn(process.execPath, [bin, 'sync', '--data', dataDir, '--wait', String(wait)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let said = '';
  wrapper.stdout!.on('data', (c: Buffer) => (said += c.toString()));
  wrapper.stderr!.on('data', (c: Buffer) => (said += c.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null; said: string }>((resolve) =>
    wrapper.on('exit', (code, signal) => resolve({ code, signal, said })),
  );
  return { wrapper, exited };
}

/** Starts a sync that hangs on the silent receiver; resolves with the child that holds the lock. */
async function busySync(): Promise<{
  wrapper: ChildProcess;
  exited: ReturnType<typeof startSync>['exited'];
  holder: number;
}> {
  const before = requests;
  const { wrapper, exited } = startSync(600);
  await until(() => requests > before, 'the story to reach the receiver');
  const lock = LockSchema.parse(JSON.parse(await readFile(path.join(dataDir, 'newsdesk.lock'), 'utf8')));
  expect(lock.pid).not.toBe(wrapper.pid); // the re-run child holds it, not the wrapper
  expect(running(lock.pid)).toBe(true);
  return { wrapper, exited, holder: lock.pid };
}

/** A second `newsdesk sync` on the same folder opens it (the receiver refuses at once meanwhile). */
async function secondStartOpens() {
  for (const drop of openRequests) drop();
  refusing = true;
  const { said } = await startSync(0).exited;
  refusing = false;
  expect(said).not.toContain('could not be opened');
  expect(said).toMatch(/\d+ sent, \d+ not sent/);
}

it('SIGKILL of the wrapper: the child stops too and the data folder opens again', async () => {
  const { wrapper, holder } = await busySync();
  wrapper.kill('SIGKILL');
  await until(() => !running(holder), 'the child to stop after its wrapper was killed');
  await secondStartOpens();
}, 180_000);

it('SIGTERM, SIGHUP and (outside a terminal) SIGINT reach the child; the wrapper exits as the child did', async () => {
  for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) {
    const { wrapper, exited, holder } = await busySync();
    wrapper.kill(signal);
    const { code } = await exited;
    expect(code).toBe(128 + { SIGTERM: 15, SIGHUP: 1, SIGINT: 2 }[signal]);
    expect(running(holder)).toBe(false);
  }
  await secondStartOpens();
}, 180_000);
