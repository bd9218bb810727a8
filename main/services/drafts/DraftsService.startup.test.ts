import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { openTestStore, saveText, type TestStore } from './testStore';

/** Files of a draft folder with their bytes: what "untouched" is checked against. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(dir, { recursive: true })) {
    const bytes = await readFile(path.join(dir, name)).catch(() => null);
    if (bytes) files[name] = bytes.toString('base64');
  }
  return files;
}

/** Turns a draft's latest file into one written by a newer Newsdesk (schemaVersion 9). */
async function markNewer(file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/"schemaVersion":\d+/, '"schemaVersion":9'));
}

/** Leaves a lock as a killed Newsdesk does: naming a process that is gone. */
async function leaveCrashLock(dir: string): Promise<void> {
  const pid = spawnSync(process.execPath, ['-e', '0']).pid;
  await writeFile(path.join(dir, 'newsdesk.lock'), JSON.stringify({ pid }));
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as ServiceError,
  );

describe('a draft saved by a newer Newsdesk affects only itself', () => {
  let store: TestStore;
  let newer: string;
  let other: string;
  beforeEach(async () => {
    store = await openTestStore();
    newer = (await store.drafts.create()).id;
    for (let i = 1; i <= 5; i++) await saveText(store.drafts, newer, 'Lũ ở Cà Mau', `bản ${i}`);
    other = (await store.drafts.create()).id;
    await saveText(store.drafts, other, 'Giá lúa', 'Giá lúa tăng.');
    await store.drafts.close();
    await markNewer(path.join(store.dir, 'drafts', newer, 'draft.nd'));
  });
  afterEach(() => store.cleanup());

  const ways: [string, (dir: string) => Promise<void>][] = [
    ['after a clean stop', async () => undefined],
    ['after a crash', leaveCrashLock],
    ['with index.json removed', (dir) => rm(path.join(dir, 'index.json'))],
  ];

  it.each(ways)('%s: the store opens, the draft is named and kept read-only', async (_name, before) => {
    await before(store.dir);
    const folder = path.join(store.dir, 'drafts', newer);
    const untouched = await snapshot(folder);
    const drafts = await store.reopen();

    const report = await drafts.openReport();
    expect(report.unreadable).toEqual([
      { id: newer, problem: { code: 'newer', detail: { format: 9, supportedFormat: 3 } }, readableRevision: 5 },
    ]);
    expect((await drafts.get(other)).draft.bodyText).toBe('Giá lúa tăng.');
    expect((await drafts.list()).items.map((d) => d.id)).toEqual([other]);

    // Its last revision this version reads is there for a read-only look, and its history too.
    expect((await drafts.revision(newer, 5)).bodyText).toBe('bản 5');
    expect((await drafts.history(newer)).map((r) => r.revision)).toContain(5);
    // Opening it for editing, saving or restoring into it is refused with its own code.
    expect((await errorOf(drafts.get(newer)))?.code).toBe('draft_newer');
    expect((await errorOf(saveText(drafts, newer, 'x', 'y')))?.code).toBe('draft_newer');
    expect((await errorOf(drafts.restore(newer, 4)))?.code).toBe('draft_newer');
    await drafts.close();
    expect(await snapshot(folder)).toEqual(untouched);
  });
});

describe('leftovers of interrupted work are tidied at start-up', () => {
  let store: TestStore;
  beforeEach(async () => (store = await openTestStore()));
  afterEach(() => store.cleanup());

  it('temp files of index.json and words.json in the root are removed, and said so', async () => {
    const { id } = await store.drafts.create();
    await saveText(store.drafts, id, 'Cần Thơ', 'một');
    await store.drafts.close();
    const temps = ['.index.json.3f9a0c1b2d4e.tmp', '.words.json.0a1b2c3d4e5f.tmp', '.index.json.00aa11bb22cc.tmp'];
    for (const name of temps) await writeFile(path.join(store.dir, name), '{"version":2,"entr');
    await writeFile(path.join(store.dir, 'notes.tmp'), 'a file a person saved');
    await leaveCrashLock(store.dir);
    const drafts = await store.reopen();
    const report = await drafts.openReport();
    const left = await readdir(store.dir);
    expect(left.filter((n) => temps.includes(n))).toEqual([]);
    expect(left).toContain('notes.tmp');
    expect(report.notes).toContainEqual({ code: 'leftovers_removed', detail: { count: 3 } });
  });

  it('an empty draft folder (killed during "New draft") is removed, not reported unreadable', async () => {
    const { id } = await store.drafts.create();
    await store.drafts.close();
    const empty = path.join(store.dir, 'drafts', '0b8f1c1e-1111-4222-8333-944455556666');
    await mkdir(path.join(empty, 'revisions'), { recursive: true });
    await writeFile(path.join(empty, '.draft.nd.0123456789ab.tmp'), '{"newsdesk":"dr');
    await leaveCrashLock(store.dir);
    const drafts = await store.reopen();
    const report = await drafts.openReport();
    expect(report.unreadable).toEqual([]);
    expect(report.notes).toContainEqual({ code: 'empty_drafts_removed', detail: { count: 1 } });
    expect(await readdir(path.join(store.dir, 'drafts'))).toEqual([id]);
    // And the next start has nothing left to say about it.
    expect((await (await store.reopen()).openReport()).notes).toEqual([]);
  });

  it('a draft with no good version is listed once, even when words.json is damaged too', async () => {
    const { id } = await store.drafts.create();
    await saveText(store.drafts, id, 'Cần Thơ', 'một');
    const kept = (await store.drafts.create()).id;
    await store.drafts.close();
    await writeFile(path.join(store.dir, 'drafts', id, 'draft.nd'), 'garbage');
    await rm(path.join(store.dir, 'drafts', id, 'revisions'), { recursive: true });
    await writeFile(path.join(store.dir, 'words.json'), Buffer.alloc(64));
    const drafts = await store.reopen();
    await drafts.list({ query: 'can tho' });
    const report = await drafts.openReport();
    expect(report.unreadable.map((u) => u.id)).toEqual([id]);
    expect((await drafts.get(kept)).draft.id).toBe(kept);
  });
});
