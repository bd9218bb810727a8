import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realFs } from '../storage';
import { judgeLock, processStartOf, type Lock, type LockVerdict, type ProcessStart } from './storeLock';
import { lockDataFolder, StoreRefusedError } from './storeMeta';

const OWN = 100;
const since = '2026-11-30T10:00:00.000Z';
const before = Date.parse(since) - 60_000;
const after = Date.parse(since) + 60_000;
const started = (id: string, at: number | null): ProcessStart => ({ id, startedAtMs: at });

/** [case, lock found, is its pid alive, that process's start now, verdict] */
const table: [string, Lock | 'none' | 'not_a_lock', boolean, ProcessStart | null, LockVerdict][] = [
  ['no lock: clean stop or first run', 'none', false, null, 'free'],
  ['not a lock (cut short, garbage)', 'not_a_lock', false, null, 'crashed'],
  ['our own pid (reopened in one process)', { pid: OWN, start: 'a' }, true, started('a', before), 'crashed'],
  ['owner gone', { pid: 7, start: 'a' }, false, null, 'crashed'],
  ['owner alive, same start', { pid: 7, start: 'a' }, true, started('a', before), 'in_use'],
  ['pid reused: alive, another start', { pid: 7, start: 'a' }, true, started('b', after), 'stale'],
  [
    'pid reused after a reboot (same ticks, new boot id)',
    { pid: 7, start: 'linux:boot1:500' },
    true,
    started('linux:boot2:500', after),
    'stale',
  ],
  ['alive, but the system does not say its start (Windows)', { pid: 7, start: 'a' }, true, null, 'in_use'],
  ['old lock without start, process started after the lock', { pid: 7, since }, true, started('b', after), 'stale'],
  ['old lock without start, process started before the lock', { pid: 7, since }, true, started('b', before), 'in_use'],
  ['old lock without start or since', { pid: 7 }, true, started('b', after), 'in_use'],
];

describe('whether a lock proves a live Newsdesk holds the folder', () => {
  it.each(table)('%s', (_name, found, alive, start, verdict) => {
    expect(judgeLock(found, { ownPid: OWN, alive, start })).toBe(verdict);
  });
});

describe('newsdesk.lock naming a live process that is not Newsdesk', () => {
  let dir: string;
  let sleeper: ChildProcess;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-stale-lock-'));
    sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
    await new Promise((resolve) => sleeper.once('spawn', resolve));
  });
  afterEach(async () => {
    sleeper.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('a lock left by a crashed Newsdesk whose pid now belongs to `sleep` is stale: the folder is taken', async () => {
    const pid = sleeper.pid ?? 0;
    // What the crashed Newsdesk wrote: its pid (now sleep's) and its own start, not sleep's.
    const crashedStart = processStartOf(process.pid)?.id ?? 'linux:other-boot:1';
    await writeFile(path.join(dir, 'newsdesk.lock'), JSON.stringify({ pid, since, start: crashedStart }));
    expect(await lockDataFolder(dir, realFs)).toEqual({
      crashed: true,
      notes: [{ code: 'lock_stale', detail: { pid } }],
    });
    const lock = JSON.parse(await readFile(path.join(dir, 'newsdesk.lock'), 'utf8')) as Lock;
    expect(lock).toMatchObject({ pid: process.pid, start: processStartOf(process.pid)?.id });
  });

  it('a lock that names the live process itself, start and all, is in use', async () => {
    const pid = sleeper.pid ?? 0;
    await writeFile(path.join(dir, 'newsdesk.lock'), JSON.stringify({ pid, since, start: processStartOf(pid)?.id }));
    const error = await lockDataFolder(dir, realFs).catch((e: unknown) => e);
    expect((error as StoreRefusedError).startup).toEqual({ code: 'store_in_use', detail: { folder: dir, pid } });
  });
});

describe.runIf(process.platform === 'linux')('newsdesk.lock naming a Newsdesk that ended but was never reaped', () => {
  let dir: string;
  let parent: ChildProcess;
  afterEach(async () => {
    parent.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('a zombie holds nothing: its lock counts as crashed and the folder opens', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-zombie-lock-'));
    // `sleep 0` ends at once; its parent becomes `sleep 60`, which never reaps it: a zombie, as a
    // Newsdesk killed with its wrapper stays in a container whose first process reaps nothing.
    parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = Number(
      await new Promise<string>((resolve) => parent.stdout?.once('data', (c: Buffer) => resolve(String(c)))),
    );
    const state = () =>
      readFile(`/proc/${pid}/stat`, 'utf8').then((s) => s.slice(s.lastIndexOf(')') + 2, s.lastIndexOf(')') + 3));
    await expect.poll(state, { timeout: 10_000 }).toBe('Z');
    await writeFile(path.join(dir, 'newsdesk.lock'), JSON.stringify({ pid, since, start: processStartOf(pid)?.id }));
    expect(await lockDataFolder(dir, realFs)).toEqual({ crashed: true, notes: [] });
  });
});
