import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFromDraft } from '../../../shared/article/article';
import { storyOf } from '../sync/story';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/format/houseStyle';
import { openTestStore, paragraphs, saveText, type TestStore } from './testStore';

/** "Ignore in this story" is kept with the draft: the story's own, never the article's. */
describe('DraftsService: words ignored in a story', () => {
  let store: TestStore;
  beforeEach(async () => (store = await openTestStore()));
  afterEach(() => store.cleanup());

  const body = 'Ông Sáu Khởii cho biết thêm.';
  const save = (id: string, ignoredWords?: string[]) =>
    store.drafts.save({
      id,
      headline: 'Tin',
      body: paragraphs(body),
      bodyText: body,
      ...(ignoredWords && { ignoredWords }),
    });

  it('are none for a new draft and for a draft saved before they existed', async () => {
    const { id } = await store.drafts.create();
    await saveText(store.drafts, id, 'Tin', body);
    const { draft } = await (await store.reopen()).get(id);
    expect(draft.ignoredWords).toBeUndefined();
  });

  it('are kept in NFC across a reopened store, and a save without them keeps them', async () => {
    const { id } = await store.drafts.create();
    await save(id, ['Kho\u031b\u0309ii']);
    await save(id); // an older page's save (or a journal entry) that knows nothing of them
    const { draft } = await (await store.reopen()).get(id);
    expect(draft.ignoredWords).toEqual(['Khởii']);
    const other = await store.drafts.create();
    expect((await store.drafts.get(other.id)).draft.ignoredWords).toBeUndefined();
  });

  it('are not part of the article: not exported, sent, counted or searched', async () => {
    const { id } = await store.drafts.create();
    await save(id, ['Khởii', 'Sacombankk']);
    const { draft } = await store.drafts.get(id);
    const article = articleFromDraft(draft);
    expect(article).not.toHaveProperty('ignoredWords');
    // What the CMS adapters send is the story's article (the draft rides along for its id and headline).
    const { article: sent } = storyOf(draft, { dir: '', records: [] }, DEFAULT_HOUSE_STYLE);
    expect(JSON.stringify(sent)).not.toContain('Sacombankk');
    const [revision] = await store.drafts.history(id);
    expect(revision.words).toBe(6);
    expect((await store.drafts.list({ query: 'Sacombankk' })).total).toBe(0);
  });
});
