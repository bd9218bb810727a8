import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, saveText, type TestStore } from './testStore';
import type { DraftDamageCode } from '../../../shared/contract';
import { SCHEMA_VERSION } from './envelope';

type Damage = (file: string) => Promise<void>;

// What crosses to the UI is a code (worded there in the reader's language), never a sentence.
const damages: [string, Damage, DraftDamageCode[]][] = [
  ['truncated', async (f) => truncate(f, Math.floor((await stat(f)).size / 2)), ['cut_short', 'not_draft']],
  ['zero-filled', async (f) => writeFile(f, Buffer.alloc((await stat(f)).size)), ['empty']],
  [
    'garbled',
    async (f) => {
      const bytes = await readFile(f);
      for (let i = bytes.length - 40; i < bytes.length - 10; i++) bytes[i] = (bytes[i] + 7) % 256;
      await writeFile(f, bytes);
    },
    ['checksum', 'cut_short'],
  ],
  ['emptied', async (f) => writeFile(f, ''), ['empty']],
  ['deleted', async (f) => (await import('node:fs/promises')).rm(f), ['missing']],
];

describe('DraftsService: recovery from damaged files', () => {
  let store: TestStore;
  beforeEach(async () => (store = await openTestStore()));
  afterEach(() => store.cleanup());

  for (const [name, damage, problem] of damages) {
    it(`falls back to the newest good revision when the latest file is ${name}`, async () => {
      const { id } = await store.drafts.create();
      await saveText(store.drafts, id, 'Cần Thơ', 'bản thứ nhất');
      const good = await saveText(store.drafts, id, 'Cần Thơ', 'bản thứ hai');
      await store.drafts.close();
      const latest = path.join(store.dir, 'drafts', id, 'draft.nd');
      const before = name === 'deleted' ? null : await readFile(latest);
      await damage(latest);
      const damagedBytes = name === 'deleted' ? null : await readFile(latest);
      if (before) expect(damagedBytes).not.toEqual(before);

      const drafts = await store.reopen();
      const { draft, recovery } = await drafts.get(id);
      // The newest revision is the same content as the damaged latest file: nothing lost.
      expect(draft.bodyText).toBe('bản thứ hai');
      expect(draft.revision).toBe(good.revision);
      expect(recovery).toMatchObject({ savedAt: good.updatedAt, revision: good.revision });
      expect(problem).toContain(recovery!.problem.code);
      expect((await drafts.list()).items.find((d) => d.id === id)?.recovered).toBe(true);
      if (damagedBytes) {
        // The damaged file is kept aside, byte for byte, never deleted.
        expect(await readFile(path.join(store.dir, 'drafts', id, recovery!.keptAs))).toEqual(damagedBytes);
      }
      await drafts.dismissRecovery(id);
      expect((await drafts.get(id)).recovery).toBeNull();
      expect((await drafts.list()).items.find((d) => d.id === id)?.recovered).toBe(false);
    });
  }

  it('reads a notice written before problems were codes as its code', async () => {
    const { id } = await store.drafts.create();
    await store.drafts.close();
    const notice = {
      savedAt: '2026-11-30T09:41:00.000Z',
      revision: 1,
      keptAs: 'damaged/x.nd',
      recoveredAt: '2026-11-30T10:00:00.000Z',
    };
    const file = path.join(store.dir, 'drafts', id, 'recovery.json');
    await writeFile(file, JSON.stringify({ ...notice, problem: 'cut short (10 of 90 bytes)' }));
    const drafts = await store.reopen();
    expect((await drafts.get(id)).recovery).toEqual({ ...notice, problem: { code: 'cut_short', detail: {} } });
  });

  it('removes temp files a crash left behind and touches nothing else', async () => {
    const { id } = await store.drafts.create();
    await saveText(store.drafts, id, 'Tin', 'một');
    const folder = path.join(store.dir, 'drafts', id);
    const before = await readFile(path.join(folder, 'draft.nd'));
    await store.drafts.close();
    await writeFile(path.join(folder, '.draft.nd.abc123.tmp'), 'half a draft');
    // Simulate a crash: the lock of a process that no longer exists stays behind.
    await writeFile(path.join(store.dir, 'newsdesk.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const drafts = await store.reopen();
    expect(await readdir(folder)).not.toContain('.draft.nd.abc123.tmp');
    expect(await readFile(path.join(folder, 'draft.nd'))).toEqual(before);
    expect((await drafts.get(id)).draft.bodyText).toBe('một');
  });

  it('reports a draft with no good version at all instead of hiding it', async () => {
    const { id } = await store.drafts.create();
    await store.drafts.close();
    const folder = path.join(store.dir, 'drafts', id);
    for (const name of await readdir(path.join(folder, 'revisions')))
      await writeFile(path.join(folder, 'revisions', name), 'x');
    await writeFile(path.join(folder, 'draft.nd'), 'garbage');
    const drafts = await store.reopen();
    await expect(drafts.get(id)).rejects.toMatchObject({ code: 'storage_failed' });
    expect(await readdir(folder)).toContain('draft.nd');
  });

  it('refuses a draft written by a newer Newsdesk without rewriting it', async () => {
    const { id } = await store.drafts.create();
    const file = path.join(store.dir, 'drafts', id, 'draft.nd');
    const text = await readFile(file, 'utf8');
    const newer = text.replace(`"schemaVersion":${SCHEMA_VERSION}`, '"schemaVersion":9');
    await writeFile(file, newer);
    await expect(store.drafts.get(id)).rejects.toThrow(/newer Newsdesk/);
    expect(await readFile(file, 'utf8')).toBe(newer);
  });

  it('migrates a draft of schema version 1 forward', async () => {
    const { createHash } = await import('node:crypto');
    const { id } = await store.drafts.create();
    const file = path.join(store.dir, 'drafts', id, 'draft.nd');
    const [, body] = (await readFile(file, 'utf8')).split('\n');
    const v1 = JSON.parse(body);
    delete v1.template;
    delete v1.section;
    const v1Body = JSON.stringify(v1);
    const header = {
      newsdesk: 'draft',
      schemaVersion: 1,
      bytes: Buffer.byteLength(v1Body),
      sha256: createHash('sha256').update(v1Body).digest('hex'),
    };
    await writeFile(file, `${JSON.stringify(header)}\n${v1Body}\n`);
    const { draft } = await store.drafts.get(id);
    expect(draft).toMatchObject({ template: 'tin', section: '' });
  });
});
