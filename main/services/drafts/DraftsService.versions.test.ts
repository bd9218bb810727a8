import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realFs, type StoreFs } from '../storage';
import { openTestStore, paragraphs, type TestStore } from './testStore';

const page = 'page-0001-aaaa';
const otherPage = 'page-0002-bbbb';

describe('DraftsService: a typing burst is one version', () => {
  let store: TestStore;
  beforeEach(async () => (store = await openTestStore()));
  afterEach(() => store.cleanup());

  /** An autosave from an editor page, a few seconds after the previous one. */
  const typed = (id: string, text: string, session: string | null = page) => {
    store.clock.advance(4_000);
    const saved = { id, headline: 'Mưa lớn ở Cần Thơ', body: paragraphs(text), bodyText: text };
    return store.drafts.save(session === null ? saved : { ...saved, session });
  };
  const headlines = async (id: string) => (await store.drafts.history(id)).map((r) => r.revision);
  const revisionFiles = async (id: string) => (await readdir(path.join(store.dir, 'drafts', id, 'revisions'))).length;

  it('two minutes of typing leave the empty draft and one version: the latest text', async () => {
    const { id } = await store.drafts.create();
    let text = '';
    for (const word of 'Chiều nay mưa lớn kéo dài hai giờ làm ngập nhiều tuyến đường ở trung tâm thành phố'.split(
      ' ',
    )) {
      text = `${text} ${word}`.trim();
      await typed(id, text);
    }
    const history = await store.drafts.history(id);
    expect(history.map((r) => r.revision)).toEqual([18, 0]);
    expect(history[0]).toMatchObject({ words: 18, name: null, finished: false, restoredFrom: null });
    expect((await store.drafts.revision(id, 18)).bodyText).toBe(text);
    expect(await revisionFiles(id)).toBe(2);
  });

  it('saves without a session (tools, older pages) are each kept, as before', async () => {
    const { id } = await store.drafts.create();
    for (const text of ['một', 'một hai', 'một hai ba']) await typed(id, text, null);
    expect(await headlines(id)).toEqual([3, 2, 1, 0]);
  });

  it('a pause, another tab, or ten minutes of typing start a new version', async () => {
    const { id } = await store.drafts.create();
    await typed(id, 'một');
    await typed(id, 'một hai');
    store.clock.advance(4 * 60_000); // a coffee
    await typed(id, 'một hai ba');
    await typed(id, 'một hai ba bốn', otherPage);
    expect(await headlines(id)).toEqual([4, 3, 2, 0]);
    // Fifteen minutes without a pause in the other tab: its version is split once, at ten.
    const until = store.clock.ms + 15 * 60_000;
    for (let i = 0; store.clock.ms < until; i++) await typed(id, `bản ${i}`, otherPage);
    expect((await headlines(id)).length).toBe(5);
  });

  it('never replaces a named, finished or restored version, nor the one before a restore', async () => {
    const { id } = await store.drafts.create();
    await typed(id, 'bản gửi ban biên tập');
    const named = await store.drafts.nameRevision(id, undefined, '  Gửi ban biên tập ');
    expect(named).toMatchObject({ revision: 1, name: 'Gửi ban biên tập' });
    await typed(id, 'bản sửa');
    await typed(id, 'bản sửa thêm');
    await store.drafts.finish(id, async () => []);
    await typed(id, 'sau khi hoàn tất');
    await typed(id, 'sau khi hoàn tất, sửa');
    const restored = await store.drafts.restore(id, 1);
    await typed(id, 'sau khi khôi phục');
    await typed(id, 'sau khi khôi phục, sửa');

    const history = await store.drafts.history(id);
    const shown = history.map((r) => [r.revision, r.name ?? (r.finished ? 'finished' : (r.restoredFrom ?? ''))]);
    expect(shown).toEqual([
      [9, ''],
      [restored.revision, 1], // 7: the restore says which version it brought back
      [6, ''], // the version before the restore
      [4, 'finished'],
      [3, ''],
      [1, 'Gửi ban biên tập'],
      [0, ''],
    ]);
  });

  it('a restart (or a crash) never continues a burst: what was typed before it stays', async () => {
    const { id } = await store.drafts.create();
    await typed(id, 'trước khi tắt');
    await store.reopen();
    await typed(id, 'sau khi mở lại');
    expect(await headlines(id)).toEqual([2, 1, 0]);
  });

  it('renames a version and keeps named ones when old revisions are thinned out', async () => {
    const { id } = await store.drafts.create();
    await typed(id, 'trước pháp chế');
    await store.drafts.nameRevision(id, 1, 'Trước pháp chế');
    await store.drafts.nameRevision(id, 1, 'Trước khi gửi pháp chế');
    for (let i = 0; i < 70; i++) await typed(id, `bản ${i}`, null); // every save kept, then thinned
    const history = await store.drafts.history(id);
    expect(history.length).toBeLessThan(70);
    expect(history.find((r) => r.revision === 1)?.name).toBe('Trước khi gửi pháp chế');
    await expect(store.drafts.nameRevision(id, 999, 'x')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a damaged names file costs the names, never the draft; a newer one is never overwritten', async () => {
    const { id } = await store.drafts.create();
    await typed(id, 'một');
    const marks = path.join(store.dir, 'drafts', id, 'versions.json');
    await writeFile(marks, '{"format":1,"names":{"1":');
    expect((await store.drafts.history(id)).map((r) => r.name)).toEqual([null, null]);
    await store.drafts.nameRevision(id, 1, 'Bản đầu');
    expect((await store.drafts.history(id))[0].name).toBe('Bản đầu');

    const newer = JSON.stringify({ format: 2, labels: [] });
    await writeFile(marks, newer);
    await expect(store.drafts.nameRevision(id, 1, 'Khác')).rejects.toMatchObject({ code: 'draft_newer' });
    expect(await readFile(marks, 'utf8')).toBe(newer);
    expect((await store.drafts.get(id)).draft.bodyText).toBe('một');
  });

  it('keeps the previous version when the new one cannot be read back or removed', async () => {
    const failing: StoreFs = { ...realFs, rm: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) };
    await store.reopen({ fs: failing });
    const { id } = await store.drafts.create();
    await typed(id, 'một');
    await typed(id, 'một hai');
    // The delete failed: one extra entry, nothing lost, and the save itself succeeded.
    expect(await headlines(id)).toEqual([2, 1, 0]);
    expect((await store.drafts.get(id)).draft.bodyText).toBe('một hai');
  });
});
