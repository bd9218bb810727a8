import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, saveText, type TestStore } from './testStore';

describe('DraftsService: revisions and trash', () => {
  let store: TestStore;
  beforeEach(
    async () =>
      (store = await openTestStore({
        revisionPolicy: { keepLast: 5, snapshotEveryMs: 600_000, snapshotMaxAgeMs: 30 * 86_400_000 },
      })),
  );
  afterEach(() => store.cleanup());

  it('lists revisions newest first and restores one as a new revision', async () => {
    const { id } = await store.drafts.create();
    await saveText(store.drafts, id, 'Bản 1', 'một');
    await saveText(store.drafts, id, 'Bản 2', 'hai');
    await saveText(store.drafts, id, 'Bản 3', 'ba');
    const history = await store.drafts.history(id);
    expect(history.map((r) => r.headline)).toEqual(['Bản 3', 'Bản 2', 'Bản 1', '']);
    const restored = await store.drafts.restore(id, history[2].revision);
    expect(restored.revision).toBe(4);
    const { draft } = await store.drafts.get(id);
    expect(draft).toMatchObject({ headline: 'Bản 1', bodyText: 'một', revision: 4 });
    // Nothing was overwritten: the version restored from is still there, and so is the newest.
    expect((await store.drafts.history(id)).map((r) => r.headline)).toEqual(['Bản 1', 'Bản 3', 'Bản 2', 'Bản 1', '']);
  });

  it('thins old revisions to the last N plus one snapshot per 10 minutes', async () => {
    const { id } = await store.drafts.create();
    for (let i = 1; i <= 30; i++) {
      store.clock.advance(60_000); // one save a minute for half an hour
      await saveText(store.drafts, id, `v${i}`, `text ${i}`);
    }
    const kept = (await store.drafts.history(id)).map((r) => r.revision);
    expect(kept.slice(0, 5)).toEqual([30, 29, 28, 27, 26]);
    expect(kept.length).toBeLessThan(12);
    expect(kept.length).toBeGreaterThan(5);
    const files = await readdir(path.join(store.dir, 'drafts', id, 'revisions'));
    expect(files.length).toBe(kept.length);
  });

  it('moves a deleted draft to the trash, restores it whole, purges it after 30 days', async () => {
    const { id } = await store.drafts.create();
    await saveText(store.drafts, id, 'Tin bị xoá', 'nội dung');
    await store.drafts.trash(id);
    expect((await store.drafts.list()).items.map((d) => d.id)).not.toContain(id);
    await expect(store.drafts.get(id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await store.drafts.listTrash()).map((d) => d.headline)).toEqual(['Tin bị xoá']);

    store.events.length = 0;
    await store.drafts.restoreFromTrash(id);
    // Other windows and tabs learn that it is back.
    expect(store.events.map((e) => e.name)).toEqual(['drafts.changed']);
    expect((await store.drafts.get(id)).draft.bodyText).toBe('nội dung');
    expect(await store.drafts.history(id)).toHaveLength(2);
    expect(await store.drafts.listTrash()).toEqual([]);

    await store.drafts.trash(id);
    store.clock.advance(29 * 86_400_000);
    await store.reopen();
    expect(await store.drafts.listTrash()).toHaveLength(1);
    store.clock.advance(2 * 86_400_000);
    await store.reopen();
    expect(await store.drafts.listTrash()).toEqual([]);
  });
});

describe('DraftsService: the whole article', () => {
  let store: TestStore;
  beforeEach(async () => (store = await openTestStore()));
  afterEach(() => store.cleanup());

  it('saves every block in NFC and restores every block from a revision', async () => {
    const { id } = await store.drafts.create();
    const nfd = (s: string) => s.normalize('NFD');
    await store.drafts.save({
      id,
      headline: nfd('Cần Thơ họp mặt'),
      body: null,
      bodyText: '',
      lead: nfd('Được sự cho phép của Thường trực Thành ủy Cần Thơ'),
      dateline: { place: nfd('Cần Thơ'), dateTime: '2024-10-15T16:41:00+07:00', source: 'NSMT' },
      byline: [{ name: nfd('Thảo Nguyên') }],
      related: [{ url: 'https://example.vn/a', title: nfd('Tổng Bí thư'), teaser: nfd('Chiều 17/11') }],
    });
    const first = (await store.drafts.get(id)).draft;
    expect(first.lead).toBe('Được sự cho phép của Thường trực Thành ủy Cần Thơ'.normalize('NFC'));
    expect(first.dateline).toEqual({
      place: 'Cần Thơ'.normalize('NFC'),
      dateTime: '2024-10-15T16:41:00+07:00',
      source: 'NSMT',
    });
    expect(first.byline).toEqual([{ name: 'Thảo Nguyên'.normalize('NFC') }]);

    // A save that only carries headline and body keeps the other blocks.
    await saveText(store.drafts, id, 'Cần Thơ họp mặt', 'thân bài');
    expect((await store.drafts.get(id)).draft.byline).toEqual(first.byline);
    await store.drafts.save({ id, headline: 'Khác', body: null, bodyText: '', lead: '', byline: [] });
    await store.drafts.restore(id, first.revision);
    const restored = (await store.drafts.get(id)).draft;
    expect(restored).toMatchObject({
      headline: first.headline,
      lead: first.lead,
      byline: first.byline,
      related: first.related,
      dateline: first.dateline,
    });
  });
});
