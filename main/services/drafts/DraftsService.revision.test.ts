import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, saveText, type TestStore } from './testStore';

describe('DraftsService: reading one revision', () => {
  let store: TestStore;
  beforeEach(async () => (store = await openTestStore()));
  afterEach(() => store.cleanup());

  it('returns a kept revision whole, without changing the draft', async () => {
    const { id } = await store.drafts.create();
    await saveText(store.drafts, id, 'Bản 1', 'một');
    await saveText(store.drafts, id, 'Bản 2', 'một hai');
    const revision = await store.drafts.revision(id, 1);
    expect(revision).toMatchObject({ id, revision: 1, headline: 'Bản 1', bodyText: 'một' });
    expect(revision.body?.root.children).toHaveLength(1);
    expect((await store.drafts.get(id)).draft).toMatchObject({ revision: 2, headline: 'Bản 2' });
  });

  it('answers not_found for a revision that was never kept', async () => {
    const { id } = await store.drafts.create();
    await expect(store.drafts.revision(id, 7)).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.drafts.revision('no-such-draft', 0)).rejects.toMatchObject({ code: 'not_found' });
  });
});
