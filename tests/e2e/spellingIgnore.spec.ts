import { backToList, expectSaved } from './drafting';
import { expect, test } from './fixtures';
import { expectMarked, rightClickMarked, startStory } from './spellingMarks';

/**
 * "Ignore in this story" is kept with the story: still ignored when it is opened again (after a
 * reload), while another story still flags the word. The word is not part of the article.
 */
const BODY = 'Theo ông Sáu Khởii, nước đã rút. Tin từ Sacombankk.';

test('a word ignored in one story stays ignored there after a reload, and is flagged in a new story', async ({
  app,
}) => {
  const { page } = app;
  await startStory(page, 'Nước đã rút', BODY);
  await expectMarked(page, ['Khởii', 'Sacombankk']);
  await rightClickMarked(page, 'Khởii');
  await page.getByTestId('spelling-ignore').click();
  await expectMarked(page, ['Sacombankk']);
  await expectSaved(page);

  const stored = await page.evaluate(`(async () => {
    const id = location.hash.split('/').pop() ?? '';
    const result = await window.newsdesk.drafts.get({ id });
    if (!result.ok) throw new Error(result.error.message);
    return { ignored: result.data.draft.ignoredWords, text: result.data.draft.bodyText };
  })()`);
  expect(stored).toEqual({ ignored: ['Khởii'], text: BODY });

  // Opened again: Sacombankk is marked (the checker has run), Khởii is still ignored.
  await page.reload();
  await expect(page.getByTestId('body')).toHaveText(BODY);
  await expectMarked(page, ['Sacombankk']);

  // Another story: its own words, none ignored.
  await backToList(page);
  await startStory(page, 'Tin khác', 'Ông Sáu Khởii nói thêm.');
  await expectMarked(page, ['Khởii']);
});
