import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, saveText, type TestStore } from './testStore';

describe('DraftsService: saving', () => {
  let store: TestStore;
  beforeEach(async () => (store = await openTestStore()));
  afterEach(() => store.cleanup());

  it('keeps what was saved, in NFC, across a reopened store', async () => {
    const { id } = await store.drafts.create();
    await saveText(store.drafts, id, 'Cần Thơ'.normalize('NFD'), 'Thành ủy'.normalize('NFD'));
    const { draft } = await (await store.reopen()).get(id);
    expect(draft.headline).toBe('Cần Thơ'.normalize('NFC'));
    expect(draft.bodyText).toBe('Thành ủy'.normalize('NFC'));
    expect(JSON.stringify(draft.body)).toContain('Thành ủy'.normalize('NFC'));
    expect(draft.revision).toBe(1);
    expect(store.events.map((e) => e.name)).toEqual(['drafts.changed', 'drafts.changed']);
  });

  it('keeps one folder per draft', async () => {
    const { id } = await store.drafts.create();
    expect(await readdir(path.join(store.dir, 'drafts', id))).toEqual(
      expect.arrayContaining(['draft.nd', 'revisions']),
    );
  });

  it('serialises concurrent saves of one draft: none is lost or interleaved', async () => {
    const { id } = await store.drafts.create();
    await Promise.all(Array.from({ length: 20 }, (_, i) => saveText(store.drafts, id, `v${i}`, `body ${i}`)));
    const { draft } = await store.drafts.get(id);
    expect(draft.revision).toBe(20);
    expect(draft.headline).toBe('v19');
    const left = await readdir(path.join(store.dir, 'drafts', id));
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('says which draft is missing', async () => {
    await expect(store.drafts.get('00000000-0000')).rejects.toMatchObject({ code: 'not_found' });
  });

  it("gives a draft's folder (for its photos) only while the draft exists and is not in the trash", async () => {
    const { id } = await store.drafts.create();
    expect(await store.drafts.folderOf(id)).toBe(path.join(store.dir, 'drafts', id));
    for (const bad of ['00000000-0000', '../trash', 'drafts']) {
      await expect(store.drafts.folderOf(bad)).rejects.toMatchObject({ code: 'not_found' });
    }
    await store.drafts.trash(id);
    await expect(store.drafts.folderOf(id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a data folder written by a newer Newsdesk and leaves it as it is', async () => {
    const { writeFile, readFile } = await import('node:fs/promises');
    const meta = path.join(store.dir, 'newsdesk-store.json');
    await store.drafts.close();
    await writeFile(meta, JSON.stringify({ format: 99 }));
    await expect(store.reopen()).rejects.toThrow(/newer version of Newsdesk.*Update Newsdesk/);
    expect(JSON.parse(await readFile(meta, 'utf8'))).toEqual({ format: 99 });
  });
});
